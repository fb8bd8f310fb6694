import { z } from 'zod';

/** The documented error shape, for every route's error statuses in the OpenAPI document. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** The error statuses any route that needs a session or a right can answer. */
export const refusals = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
  429: errorResponse,
  503: errorResponse,
} as const;

export const municipalityView = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const accountView = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'editor', 'viewer']),
  departments: z.array(z.string()),
  disabled: z.boolean(),
  municipality: municipalityView,
  version: z.number(),
});

/** 204: no body. */
export const noContent = z.null().describe('No content');
