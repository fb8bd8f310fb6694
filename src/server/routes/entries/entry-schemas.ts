import { z } from 'zod';

export const entryBody = z.object({
  value: z.string().min(1).max(60),
  department: z.string().min(1).max(40).nullable().default(null),
  series: z
    .enum(['actual', 'cumulative'])
    .default('actual')
    .describe('the year’s figure, or the printed cumulative figure (累計) where the KPI keeps one'),
  version: z.number().int().min(0).describe('the version read; 0 for a new figure'),
});

export const narrativeBody = z.object({
  text: z.string().min(1).max(4000),
  department: z.string().min(1).max(40).nullable().default(null),
  version: z.number().int().min(0),
});

export const milestoneBody = z.object({
  value: z.string().min(1).max(60).describe('the year’s milestone as written: 270,000'),
  version: z.number().int().min(0).describe('the version read; 0 for a new milestone'),
});
