/** Cuts text to `width` columns with an ellipsis; leaves it whole when width is unknown. */
export function truncate(text: string, width: number | undefined): string {
  if (width === undefined || text.length <= width) return text;
  if (width <= 1) return text.slice(0, Math.max(width, 0));
  return `${text.slice(0, width - 1)}…`;
}
