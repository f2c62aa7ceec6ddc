/** A one-line progress bar, `[=====     ] 500/1000 articles`, redrawn in place with a carriage return. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} articles`;
}

/** Whether the bar is drawn again after `done` of `total` articles: every 50, and the last, so a big run does not flood the terminal. */
export function progressDue(done: number, total: number): boolean {
  return done % 50 === 0 || done === total;
}
