"""The teacher's review of an article's questions: every generated question with its status and
its evidence, the answer marked in it, and whether it is in the class set, the questions the
quiz and every export give (`Margin.class_set`); accept, reject, edit, add one's own, reorder,
and choose the set's count, kinds and level. Each decision is saved at once and survives the
generator changing (see `reader.core.review`)."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from reader.core.document import Document
from reader.core.questions import Format, Question, QuestionType
from reader.core.review import (
    ACCEPTED,
    EDITED,
    NEW,
    OWN,
    REJECTED,
    Candidates,
    ClassSet,
    Decision,
    Reviewed,
    SetChoice,
    has_evidence,
)
from reader.tui.dialogs.question import QuestionEditor
from reader.tui.messages import CandidatesReady
from reader.tui.session import reported, session

STATUS_MARKS = {NEW: "·", ACCEPTED: "✓", REJECTED: "✗", EDITED: "✎", OWN: "+"}


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("a", "decide('accepted')", "Accept", id="review.accept"),
        Binding("x", "decide('rejected')", "Reject", id="review.reject"),
        Binding("e", "edit", "Edit", id="review.edit"),
        Binding("n", "new", "New question", id="review.new"),
        Binding("K", "move(-1)", "Move up", id="review.up"),
        Binding("J", "move(1)", "Move down", id="review.down"),
        Binding("s", "choose_set", "Count, kinds, level", id="review.set"),
        Binding("escape", "close", "Back", id="review.close"),
    ]

    def __init__(self, document: Document, article: str) -> None:
        super().__init__()
        self.document = document
        self.article = article
        self.candidates: Candidates | None = None
        self.class_set: ClassSet | None = None
        self.items: list[Reviewed] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-summary")
        with Horizontal(id="review-body"):
            yield DataTable(id="review-list", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="review-detail"):
                yield Static("Writing the questions…", id="review-question")
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Review · {self.document.title}"
        table = self.query_one(DataTable)
        table.add_columns("", "set", "type", "question")
        self.generate()

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def generate(self) -> None:
        """The class set's questions, at the count, kinds and level chosen for it (never the
        learner's level): what the quiz and the exports give."""
        self.post_message(CandidatesReady(session(self).margin.quiz.set_candidates(self.document, self.article)))

    def on_candidates_ready(self, message: CandidatesReady) -> None:
        self.candidates = message.candidates
        self.refresh_items()

    def refresh_items(self, keep: str | None = None) -> None:
        """Re-apply the stored decisions and redraw, the cursor on `keep` when given."""
        if self.candidates is None:
            return
        self.class_set = chosen = session(self).margin.quiz.reviewed_set(self.candidates, self.article)
        self.items = chosen.reviewed
        self.show_summary(chosen)
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for item in self.items:
            style = "dim strike" if item.status == REJECTED else ""
            table.add_row(
                STATUS_MARKS[item.status],
                "●" if item.key in chosen.chosen else "",
                item.question.type.value,
                Text(item.question.text, style=style),
                key=item.key,
            )
        if keep is not None:
            row = next((i for i, item in enumerate(self.items) if item.key == keep), row)
        if self.items:
            table.move_cursor(row=min(row, len(self.items) - 1))
        self.show_detail()

    def show_summary(self, chosen: ClassSet) -> None:
        choice, count = chosen.choice, len(chosen.chosen)
        kinds = "default kinds" if choice.types is None else ", ".join(sorted(choice.types))
        line = f"The class set (●): {count} of {choice.count} questions · {kinds} · level {choice.level} · s: change"
        if chosen.short:
            line = f"{chosen.shortfall} {kinds} · level {choice.level} · s: change"
        summary = self.query_one("#review-summary", Static)
        summary.update(Text(line))
        summary.set_class(chosen.short, "short")

    @property
    def current(self) -> Reviewed | None:
        row = self.query_one(DataTable).cursor_row
        return self.items[row] if 0 <= row < len(self.items) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def show_detail(self) -> None:
        item = self.current
        detail = self.query_one("#review-question", Static)
        if item is None:
            detail.update("No questions for this article yet: n adds one of your own.")
            return
        question = item.question
        text = Text()
        text.append(f"{question.text}\n\n", style="bold")
        for option in question.options:
            text.append(f"  {'✓' if option == question.answer else '·'} {option}\n")
        text.append(f"Answer: {question.answer}\n", style="bold")
        variants = [variant for variant in question.accepted if variant != question.answer]
        if variants:
            text.append(f"Also accepted: {', '.join(variants)}\n")
        if not has_evidence(question):
            text.append("\nEvidence: none (no sentence of the text)")
        else:
            self.show_evidence(text, question)
        in_set = self.class_set is not None and item.key in self.class_set.chosen
        where = "in the class set" if in_set else "not in the class set"
        text.append(f"\n\nStatus: {item.status} · {where}", style="italic")
        detail.update(text)

    @staticmethod
    def show_evidence(text: Text, question: Question) -> None:
        text.append("\nEvidence: ")
        evidence = question.evidence
        start = question.answer_start - question.evidence_start
        end = question.answer_end - question.evidence_start
        if 0 <= start <= end <= len(evidence):
            text.append(evidence[:start])
            text.append(evidence[start:end], style="reverse bold")
            text.append(evidence[end:])
        else:
            text.append(evidence)

    # Decisions ------------------------------------------------------------------------

    @reported
    def save(self, item: Reviewed, status: str, question: Question | None = None, order: float | None = None) -> None:
        status = ACCEPTED if status == NEW else status  # moving a question is taking it
        data = question.to_json() if question is not None else None
        if data is None and item.status in (EDITED, OWN):
            data = item.question.to_json()  # accepting an edited question keeps the edit
            status = item.status if status == ACCEPTED else status
        position = order if order is not None else (item.order if item.status != NEW else None)
        decision = Decision(item.key, item.question.anchor, status, data, position)
        session(self).margin.quiz.decide(self.article, decision)
        self.refresh_items(keep=item.key)

    def action_decide(self, status: str) -> None:
        if self.current is not None:
            self.save(self.current, status)

    def action_edit(self) -> None:
        item = self.current
        if item is None:
            return

        def edited(question: Question | None) -> None:
            if question is not None:
                self.save(item, OWN if item.status == OWN else EDITED, question)

        own = self.document if item.status == OWN else None
        self.app.push_screen(QuestionEditor(item.question, own=own), edited)

    def action_new(self) -> None:
        """A question of one's own, placed after the selected one; its kind and its sentence
        (or none) are the teacher's to choose, never the selected question's."""
        blank = Question(QuestionType.WHAT, Format.SHORT_ANSWER, "", "", 0, 0, (), (), 0, 0, 0, 2, 1.0, "")

        def added(question: Question | None) -> None:
            if question is not None:
                order = (self.current.order + 0.5) if self.current else 0.0
                key = f"own-{question.id}"
                with session(self).reporting():
                    session(self).margin.quiz.decide(
                        self.article, Decision(key, question.anchor, OWN, question.to_json(), order)
                    )
                self.refresh_items(keep=key)

        self.app.push_screen(QuestionEditor(blank, title="Your own question", own=self.document), added)

    def action_move(self, step: int) -> None:
        """Swap with the neighbour: both get explicit places in the teacher's order."""
        row = self.query_one(DataTable).cursor_row
        other = row + step
        if not (0 <= row < len(self.items) and 0 <= other < len(self.items)):
            return
        item, neighbour = self.items[row], self.items[other]
        item_order, neighbour_order = neighbour.order, item.order
        if item_order == neighbour_order:
            item_order += step * 0.5
        self.save(neighbour, neighbour.status, order=neighbour_order)
        self.save(item, item.status, order=item_order)

    def action_choose_set(self) -> None:
        if self.class_set is None:
            return
        from reader.tui.dialogs.class_set import SetDialog

        def chosen(choice: SetChoice | None) -> None:
            if choice is not None and self.class_set is not None and choice != self.class_set.choice:
                with session(self).reporting():
                    session(self).margin.quiz.choose_set(self.article, choice)
                self.query_one("#review-summary", Static).update("Writing the questions…")
                self.generate()

        self.app.push_screen(SetDialog(self.class_set.choice), chosen)

    def action_close(self) -> None:
        self.dismiss(None)
