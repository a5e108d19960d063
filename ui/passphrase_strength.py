"""Choosing a new passphrase in the app: a strength meter that explains itself (desktop.passphrase:
zxcvbn's estimate, as the time someone holding the file would need to guess it, with its warning
and advice), a Show switch, and "Suggest" filling in six random words from the shipped EFF word
list. `confirm_weak` asks before a passphrase under the floor is used.

Used by the unlock view (a new vault) and the backup and bundle dialogs (ui/task_dialog.py)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop import passphrase as strength
from ui import labels
from ui.messages import Button, Dialogs

COLOURS = ("#b00020", "#d84315", "#f9a825", "#7cb342", "#2e7d32")


def tr(text, disambiguation=None, n=-1):
    return QCoreApplication.translate("PassphraseStrength", text, disambiguation, n)


def zxcvbn_text(text):
    """zxcvbn's English warning or advice, in the UI language (context "zxcvbn" of the catalogues)."""
    return QCoreApplication.translate("zxcvbn", text)


def duration(seconds):
    """A guessing time in words: 'less than a minute', '3 hours', '40 years', 'centuries'."""
    unit, count = strength.guess_time(seconds)
    if unit == "minute":
        return tr("%n minute(s)", "", count)
    if unit == "hour":
        return tr("%n hour(s)", "", count)
    if unit == "day":
        return tr("%n day(s)", "", count)
    if unit == "year":
        return tr("%n year(s)", "", count)
    return tr("centuries") if unit == "centuries" else tr("less than a minute")


def explain(result):
    """The verdict in a sentence or three."""
    names = (tr("Very weak"), tr("Weak"), tr("Fair"), tr("Almost strong"), tr("Strong"))
    lines = [tr("Strength: {level}. Someone who has the file would need {time} to guess it.").format(
        level=names[result.level], time=duration(result.seconds))]
    if result.warning:
        lines.append(zxcvbn_text(result.warning))
    if result.weak:
        lines.append(" ".join(zxcvbn_text(s) for s in result.suggestions[:2])
                     or tr("Add another word or two. Uncommon words are better."))
    return "\n".join(lines)


class StrengthMeter(QWidget):
    """Follows `field` (a QLineEdit in password mode): a coloured bar, the explanation, Show, and
    Suggest. `user_inputs()` gives words an attacker may know (file name, author)."""

    def __init__(self, field, parent=None, user_inputs=None, name="strength"):
        super().__init__(parent)
        self.field = field
        self.user_inputs = user_inputs or (lambda: ())
        self.bar = QProgressBar(self)
        self.bar.setObjectName(name + "Bar")
        self.bar.setRange(0, 5)  # empty while nothing is typed, then one step more than the level
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.text = labels.plain_label(self, name + "Text")
        self.text.setWordWrap(True)
        self.show_box = QCheckBox(tr("Show"), self)
        self.show_box.setObjectName(name + "Show")
        self.show_box.toggled.connect(self._echo)
        self.suggest_button = QPushButton(tr("Suggest a passphrase"), self)
        self.suggest_button.setObjectName(name + "Suggest")
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.suggest)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.show_box)
        row.addWidget(self.suggest_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.text)
        field.textChanged.connect(self.update_for)
        self.update_for(field.text())

    def update_for(self, text):
        if not text:
            self.bar.setValue(0)
            self.text.setText(tr("Six random words make a strong passphrase you can remember; “Suggest a "
                                 "passphrase” picks them for you."))
            self._colour(0)
            return
        result = strength.estimate(text, tuple(self.user_inputs()))
        self.bar.setValue(result.level + 1)
        self._colour(result.level)
        self.text.setText(explain(result))

    def _colour(self, score):
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[score]}; }}")

    def _echo(self, shown):
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def suggest(self):
        """Fill the field with random words and show them, so that they can be written down; the
        repeat field stays empty for the user to type them again."""
        self.field.setText(strength.suggest())
        self.show_box.setChecked(True)
        self.text.setText(self.text.text() + "\n" + tr("Write these words down and keep them somewhere safe, then "
                                                       "type them again below."))
        self.field.setFocus()

    def reset(self):
        self.show_box.setChecked(False)


def confirm_weak(parent, secret, user_inputs=()):
    """True if `secret` is strong enough, or the user confirmed using it although it is not."""
    result = strength.estimate(secret, tuple(user_inputs))
    if not result.weak:
        return True
    answer = Dialogs.ask(parent, tr("Weak passphrase"), tr("This passphrase is weak.") + "\n\n" + explain(result),
                         Button.Yes | Button.No, Button.No,
                         tr("Use it anyway? A passphrase of six random words (press “Suggest a passphrase”) "
                            "would take centuries to guess."))
    return answer == Button.Yes
