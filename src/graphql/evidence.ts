import { EVIDENCE_LEVELS, type EvidenceLevel } from '../domain/model';
import { BadInputError } from '../errors';
import type { Context } from './context';

/** The description shared by every `evidence` argument. */
export const EVIDENCE_ARG_DESCRIPTION =
  'Evidence levels the answer may rest on: a record, relationship or figure on another level is left out (an amount or count whose place it gave lands in the "unknown" group). Default: the server’s HELIXGRAPH_EVIDENCE, normally every level but SYNTHETIC.';

/** The evidence levels a request asks for, or the deployment's default; an empty list is refused. */
export function evidenceArg(ctx: Context, levels: readonly string[] | null | undefined, argument = 'evidence'): EvidenceLevel[] {
  if (levels === null || levels === undefined) return [...ctx.evidence];
  if (levels.length === 0) throw new BadInputError(argument, levels, 'must name at least one evidence level (or be left out)');
  // The enum has already checked each value; keep the strongest-first order and drop repeats.
  return EVIDENCE_LEVELS.filter((l) => levels.includes(l));
}
