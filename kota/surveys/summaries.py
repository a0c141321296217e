"""A summary per question of a campaign's answers: counts per option (with shares), numbers'
count, mean, median and range, and for text or files only how many answered (their words are
in the staff's export, not in a public summary). One pass over the answers, in Python, so the
summary costs the same two queries on SQLite and PostgreSQL whatever the number of responses."""

import contextlib
import statistics
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from kota.surveys.models.questionnaires import Question

Kind = Question.Kind
ONE_PLACE = Decimal("0.1")


def share(part, whole):
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


@dataclass
class QuestionSummary:
    question: Question
    answered: int = 0
    counts: dict = field(default_factory=dict)  # option value -> count
    rows: dict = field(default_factory=dict)  # matrix row -> {option value -> count}
    numbers: list = field(default_factory=list)

    def add(self, answer):
        self.answered += 1
        kind = self.question.kind
        if kind in (Kind.SINGLE, Kind.SCALE):
            self.counts[str(answer)] = self.counts.get(str(answer), 0) + 1
        elif kind == Kind.MULTIPLE:
            for value in answer if isinstance(answer, list) else [answer]:
                self.counts[str(value)] = self.counts.get(str(value), 0) + 1
        elif kind == Kind.MATRIX and isinstance(answer, dict):
            for row, value in answer.items():
                cells = self.rows.setdefault(str(row), {})
                cells[str(value)] = cells.get(str(value), 0) + 1
        elif kind == Kind.NUMBER:
            with contextlib.suppress(ArithmeticError):
                self.numbers.append(Decimal(str(answer)))

    @property
    def is_choice(self):
        return self.question.kind in (Kind.SINGLE, Kind.SCALE, Kind.MULTIPLE)

    def options(self):
        """[(label, count, share %)] of every option, in the questionnaire's order."""
        return [
            (label, self.counts.get(value, 0), share(self.counts.get(value, 0), self.answered))
            for value, label in self.question.choices()
        ]

    def matrix(self):
        """(option labels, [(row label, [count per option])])."""
        choices = self.question.choices()
        return (
            [label for _v, label in choices],
            [
                (row_label, [self.rows.get(row, {}).get(value, 0) for value, _l in choices])
                for row, row_label in self.question.row_choices()
            ],
        )

    def mean(self):
        if self.question.kind == Kind.SCALE and self.answered:
            total = sum(Decimal(v) * n for v, n in self.counts.items())
            return (total / self.answered).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if self.numbers:
            return (sum(self.numbers) / len(self.numbers)).quantize(Decimal("0.01"))
        return None

    def number_facts(self):
        if not self.numbers:
            return None
        return {
            "count": len(self.numbers),
            "mean": self.mean(),
            "median": Decimal(statistics.median(self.numbers)),
            "min": min(self.numbers),
            "max": max(self.numbers),
        }

    def chart(self):
        """The figures the chart draws (the table beside it holds the same)."""
        if self.is_choice:
            options = self.options()
            return {"labels": [str(o[0]) for o in options], "values": [o[1] for o in options]}
        if self.question.kind == Kind.MATRIX:
            labels, rows = self.matrix()
            return {
                "labels": [str(row) for row, _c in rows],
                "series": [
                    {"name": str(label), "values": [counts[i] for _r, counts in rows]}
                    for i, label in enumerate(labels)
                ],
            }
        return None

    def as_json(self):
        """The summary for the API: plain values only, no free text."""
        data = {
            "key": self.question.key,
            "kind": self.question.kind,
            "label": self.question.display_label,
            "answered": self.answered,
        }
        if self.is_choice:
            data["options"] = [
                {"value": value, "label": str(label), "count": self.counts.get(value, 0)}
                for value, label in self.question.choices()
            ]
        if self.question.kind == Kind.MATRIX:
            data["rows"] = [
                {
                    "value": row,
                    "label": str(label),
                    "counts": {
                        v: self.rows.get(row, {}).get(v, 0) for v, _l in self.question.choices()
                    },
                }
                for row, label in self.question.row_choices()
            ]
        mean = self.mean()
        data["mean"] = str(mean) if mean is not None else None
        return data


def summarise(questions, answer_sets):
    """[QuestionSummary] of `questions` over `answer_sets` (an iterable of {key: answer})."""
    summaries = [QuestionSummary(q) for q in questions]
    for answers in answer_sets:
        for summary in summaries:
            answer = answers.get(summary.question.key)
            if answer not in (None, "", [], {}):
                summary.add(answer)
    return summaries
