/**
 * The departments typed into one field: separated by 、 , ， ; or line breaks, trimmed, each
 * once, in the order given ("企画課、総務課" → ['企画課', '総務課']).
 */
export function parseDepartments(text: string): string[] {
  const names = text
    .split(/[、,，;；\n]/)
    .map((name) => name.normalize('NFKC').trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/** The field's text for a list of departments. */
export function departmentsText(departments: readonly string[]): string {
  return departments.join('、');
}
