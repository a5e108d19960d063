"""Words of the dossier dialog that do not need a widget: the messages for a failed export, the
password check, a file name to suggest, and what to check before saving. Kept apart so that
ui/dossier_dialog.py stays short."""


from PySide6.QtCore import QCoreApplication

MAX_PASSWORD_BYTES = 127  # what a PDF (revision 6) password holds; exporters.pdf.encrypt checks the same


def tr(text):
    return QCoreApplication.translate("DossierDialog", text)


def password_problem(password, repeat):
    """Why these two entries cannot be used as the dossier password, or '' when they can."""
    if not password:
        return tr("Type a password, then type it again below.")
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        return tr("This password is too long: PDF passwords hold at most 127 bytes (about 40 Chinese or 127 "
                  "Latin characters).")
    if not repeat:
        return tr("Type the password again to confirm it.")
    if password != repeat:
        return tr("The two passwords do not match.")
    return ""


def password_note():
    """What a password does and does not protect: exporters.pdf.PASSWORD_NOTE (which the command line
    prints), translated."""
    return tr("A password encrypts the whole PDF with AES-256, the current PDF standard (Acrobat X or later, "
              "recent Preview, Firefox, Chrome, Okular and Evince open it). It protects the file if it is copied, "
              "mailed or lost: without the password nobody can read its pages or its properties. It does not "
              "protect what happens after someone opens it: they can print, copy or forward the content. The file "
              "name and size stay visible. A short or guessable password can be found by trying many passwords on "
              "another computer: use a long passphrase and pass it on by another channel than the file. The "
              "password is not stored anywhere; if it is lost, make the dossier again from the vault.")


def progress_text(stage, done, total):
    """The status line for an exporter progress report ('' when there is nothing new to say)."""
    if stage == "start":
        return tr("Reading the case…")
    if stage == "exhibits":
        return tr("Reading exhibits: {done} of {total}").format(done=done, total=total)
    if stage == "layout":
        return tr("Laying out page {page}…").format(page=done)
    if stage == "encrypting":
        return tr("Encrypting…")
    if stage == "done":
        return tr("Finishing…")
    return ""


def notices(notes):
    """An export's notices (db.notices) in the app's language, one a line."""
    from ui.labels import notice_text  # noqa: PLC0415 - as safe_file_name below

    return "\n".join(notice_text(n) for n in notes)


def saved_message(name, pages, encrypted, notes):
    text = tr("Saved {name} ({pages} pages).").format(name=name, pages=pages)
    if encrypted:
        text += " " + tr("It is encrypted with AES-256: send the password by another channel than the file.")
    else:
        text += " " + tr("It is NOT encrypted: keep it on an encrypted disk and delete it when it is no longer "
                         "needed.")
    return text + ("\n\n" + notices(notes) if notes else "")


def safe_file_name(text):
    """`text` usable as a file name on Windows, macOS and Linux."""
    from ui.labels import safe_file_name as safe  # noqa: PLC0415 - the one rule for offered file names

    return safe(text.replace("/", "-").replace("\\", "-"), "dossier")


def check_summary(summary):
    """What to check before saving a public dossier, in counts (the names are in the summary itself)."""
    persons = len(summary.persons)
    withheld = len(summary.withheld)
    text = tr("Check the redaction before saving: {persons} person(s) replaced by pseudonyms, {mentions} mention(s) "
              "of their names replaced, {withheld} exhibit(s) withheld.").format(
        persons=persons, mentions=summary.mentions, withheld=withheld)
    return text + " " + tr("Names spelled in a way not recorded as the person's name or alias are not found: read "
                           "the preview too.")


def _script_names():
    return {"han": tr("Chinese"), "arabic": tr("Arabic-script (Uyghur, Arabic, Persian)"), "latin": tr("Latin")}


def _install_hints():
    return {
        "han": tr("Install a Chinese TrueType font (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Windows "
                  "has Microsoft YaHei, macOS has STHeiti)."),
        "arabic": tr("Install an Arabic-script TrueType font (Debian/Ubuntu: sudo apt install fonts-noto-core; "
                     "Windows has Arial and Tahoma, macOS has Geeza Pro)."),
        "latin": tr("Install a TrueType font such as DejaVu Sans (Debian/Ubuntu: sudo apt install "
                    "fonts-dejavu-core)."),
    }


def error_message(kind, detail, scripts=()):
    """(title, text) of the message box for an export that failed with desktop.operations_dossier
    error_kind `kind`; `detail` is the exception's own (English) sentence, shown where nothing more
    specific can be said; `scripts` are missing_scripts() for a 'font' error."""
    if kind == "font":
        names = _script_names()
        hints = _install_hints()
        listed = ", ".join(names.get(s, s) for s in scripts)
        text = tr("This dossier contains {scripts} text, but no font on this computer has those characters. "
                  "Nothing was written.").format(scripts=listed)
        steps = [hints[s] for s in scripts if s in hints]
        steps.append(tr("Or choose a TrueType font file that has them under “Font for other scripts”."))
        return tr("A font is missing"), text + "\n\n" + "\n".join(steps)
    if kind == "font_file":
        return tr("The font cannot be used"), tr("The chosen font file cannot be used for the dossier. Choose "
                                                 "another TrueType (.ttf) font.") + "\n\n" + detail
    if kind == "password":
        return tr("The password cannot be used"), detail
    if kind == "disk_full":
        return tr("Dossier not saved"), tr("The disk is full. Nothing was written, and an earlier file of that "
                                           "name is unchanged. Free some space or choose another place.")
    if kind == "storage":
        return tr("Dossier not saved"), tr("The disk refused the file. Nothing was written, and an earlier file "
                                           "of that name is unchanged.") + "\n\n" + detail
    return tr("The dossier could not be made"), detail
