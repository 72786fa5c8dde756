/** The styles a plain-text view uses: a chalk instance for colour, `noStyle` for plain text. */
export interface Styles {
  bold(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  yellow(text: string): string;
}

const asIs = (text: string) => text;

/** Leaves text as it is, like chalk with colour off, without loading chalk (which costs more than a listing). */
export const noStyle: Styles = { bold: asIs, cyan: asIs, dim: asIs, yellow: asIs };
