import type {
  RoundBoardEntryView,
  RoundBoardView,
  RoundClosedView,
  RoundEntryView,
  RoundOpenedView,
  RoundSummaryView,
  RoundView,
} from '../../domain/api-contract.ts';
import type { EntryComment, Round, RoundEntry } from '../../domain/round.ts';
import { owesEntry } from '../../domain/round.ts';
import type { RoundCompleteness } from '../../domain/round-completeness.ts';
import type { BoardEntry, RoundBoard } from '../round-board.ts';

/** A round as the API shows it: no internal ids. */
export function presentRound(round: Round): RoundView {
  const { id: _id, planId: _planId, ...shown } = round;
  return shown;
}

/** An entry of a round as a move answers it: no internal ids. */
export function presentRoundEntry(entry: RoundEntry): RoundEntryView {
  const { id: _id, kpiId: _kpiId, comments, ...shown } = entry;
  return {
    ...shown,
    comments: comments.map(presentComment),
  };
}

/** Why an entry was sent back or reopened, as the editor reads it. */
export function presentComment(c: EntryComment): RoundEntryView['comments'][number] {
  return { at: c.at, author: c.author, kind: c.kind, text: c.text };
}

/** An entry on the board: what its department entered beside its state. */
function presentBoardEntry(e: BoardEntry): RoundBoardEntryView {
  return {
    ...presentRoundEntry(e),
    overdue: e.overdue,
    owed: e.owed,
    submission: e.submission,
    selfEvaluation: e.selfEvaluation,
    actions: e.actions,
  };
}

/** The round's board: progress per department and each entry the reader sees. */
export function presentRoundBoard(board: RoundBoard): RoundBoardView {
  return {
    round: presentRound(board.round),
    today: board.today,
    completeness: board.completeness,
    departments: board.departments,
    entries: board.entries.map(presentBoardEntry),
  };
}

/** A round just opened: how many entries it asks for, and the departments nobody was asked. */
export function presentRoundOpened(opened: {
  round: Round;
  entries: number;
  departmentsWithoutEditor: string[];
}): RoundOpenedView {
  return {
    round: presentRound(opened.round),
    entries: opened.entries,
    departmentsWithoutEditor: opened.departmentsWithoutEditor,
  };
}

/** A round just closed, and what it left. */
export function presentRoundClosed(closed: {
  round: Round;
  left: RoundCompleteness;
}): RoundClosedView {
  return { ...presentRound(closed.round), left: closed.left };
}

/** A round in the list of a plan's rounds, with what the reader still owes of the entries given. */
export function presentRoundSummary(
  round: Round,
  entries: readonly RoundEntry[],
): RoundSummaryView {
  return {
    fiscalYear: round.fiscalYear,
    dueDate: round.dueDate,
    state: round.state,
    owed: entries.filter((e) => owesEntry(e, round.state)).length,
    reopened: entries.filter((e) => e.reopened).length,
    total: entries.length,
  };
}
