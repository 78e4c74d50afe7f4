import { readFileSync, readdirSync } from 'node:fs';
import { score, RULES } from './lib/engine/index';
import { facetOf } from './lib/engine/score';
import { partOf } from './lib/eval/metrics';
const dir = '../shared/corpora';
const files = [...readdirSync(dir).filter(f => f.endsWith('.jsonl')).map(f => dir + '/' + f), ...readdirSync(dir + '/next').filter(f => f.endsWith('.jsonl')).map(f => dir + '/next/' + f)];
const byId = new Map(RULES.map(r => [r.id, r]));
type Row = { part: string; y: number; hard: boolean; level: string; feats: Set<string>; len: number; id: string };
const rows: Row[] = [];
for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) {
  if (!line.trim()) continue; const r = JSON.parse(line);
  if (r.label !== 'lure' && r.label !== 'legit') continue;
  const v = score({ body: r.text });
  const feats = new Set<string>();
  for (const s of v.signals) { const rule = byId.get(s.id)!; feats.add(facetOf(rule.category, rule.role, rule.id)); }
  if (v.reasons.includes('context.local_ad')) feats.add('LOCAL');
  if (r.text.length <= 300) feats.add('SHORT');
  rows.push({ part: partOf(r.id), y: r.label === 'lure' ? 1 : 0, hard: (r.tags ?? []).includes('hard'), level: v.level, feats, len: r.text.length, id: r.id });
}
const names = [...new Set(rows.flatMap(r => [...r.feats]))];
// pairwise features too
function vec(r: Row): string[] { const f = [...r.feats].sort(); const out = [...f]; for (let i = 0; i < f.length; i++) for (let j = i + 1; j < f.length; j++) out.push(f[i] + '&' + f[j]); return out; }
const w = new Map<string, number>(); let b = -4;
const train = rows.filter(r => r.part === 'tune');
const pos = train.filter(r => r.y).length, neg = train.length - pos;
const lr = 0.1, l2 = Number(process.argv[2] ?? 0.01);
for (let epoch = 0; epoch < 300; epoch++) {
  const grad = new Map<string, number>(); let gb = 0;
  for (const r of train) {
    const xs = vec(r); const z = b + xs.reduce((a, k) => a + (w.get(k) ?? 0), 0); const p = 1 / (1 + Math.exp(-z));
    const cw = r.y ? neg / pos / 4 : 1; const g = (p - r.y) * cw;
    gb += g; for (const k of xs) grad.set(k, (grad.get(k) ?? 0) + g);
  }
  b -= lr * gb / train.length * 50;
  for (const [k, g] of grad) w.set(k, (w.get(k) ?? 0) - lr * (g / train.length * 50 + l2 * (w.get(k) ?? 0)));
  for (const [k, v] of w) if (!grad.has(k)) w.set(k, v - lr * l2 * v);
}
const z = (r: Row) => b + vec(r).reduce((a, k) => a + (w.get(k) ?? 0), 0);
for (const part of ['tune', 'check']) {
  const rs = rows.filter(r => r.part === part);
  const legit = rs.filter(r => !r.y), lures = rs.filter(r => r.y);
  for (const t of [0, 1, 2, 3]) {
    const fpH = legit.filter(r => z(r) > t).length / legit.length, rec = lures.filter(r => z(r) > t).length / lures.length;
    const hardFp = legit.filter(r => r.hard && z(r) > t).length / legit.filter(r => r.hard).length;
    console.log(part, 't=' + t, 'lureRec', (rec * 100).toFixed(0), 'legitFP', (fpH * 100).toFixed(2), 'hardFP', (hardFp * 100).toFixed(1));
  }
  const cur = lures.filter(r => r.level === 'high').length / lures.length, curFp = legit.filter(r => r.level === 'high').length / legit.length;
  console.log(part, 'current high: lureRec', (cur * 100).toFixed(0), 'legitFP', (curFp * 100).toFixed(2));
  // union
  for (const t of [1, 2, 3]) {
    const u = (r: Row) => r.level === 'high' || (z(r) > t);
    console.log(part, 'union t=' + t, 'lureRec', (lures.filter(u).length / lures.length * 100).toFixed(0), 'legitFP', (legit.filter(u).length / legit.length * 100).toFixed(2), 'hard', (legit.filter(r => r.hard && u(r)).length / legit.filter(r => r.hard).length * 100).toFixed(1));
  }
}
console.log([...w].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => k + '=' + v.toFixed(2)).join(' '));
