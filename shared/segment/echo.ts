// A news headline is restated by its story's first sentence ("丽水发放首批“生态贷”" over
// "丽水市首批“生态贷”日前发放…"); the first half of a paragraph cut by a column break shares
// little with the half that carries on under it ("海宁为加快推动科研" over "仪器开放共享，…").
// Compared by character pairs, since Chinese has no spaces to split words at.

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
// Only the opening of the text below is compared: a brief restates its title straight away.
const TEXT_WINDOW = 80;

function pairs(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** The share of the title's character pairs that the opening of `below` repeats (0..1). */
export function echoOf(title: string, below: string): number {
  const own = pairs(title);
  if (own.length === 0) return 0;
  const seen = new Set(pairs(below.slice(0, TEXT_WINDOW)));
  let n = 0;
  for (const p of own) if (seen.has(p)) n++;
  return n / own.length;
}
