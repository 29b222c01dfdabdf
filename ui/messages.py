"""Every message box of the window goes through here (tests patch these functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from shopcrm.errors import ShopCRMError
from shopcrm.vocabulary import describe_error
from ui.dialogs.modal import exec_then_delete


def show_error(parent: QWidget | None, error: ShopCRMError) -> None:
    """Tell the user what went wrong, in words (never a traceback)."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("messages", "ShopCRM"), describe_error(error)
    )


def show_unexpected(parent: QWidget | None, log_file: str) -> None:
    """An error we did not foresee: apologise and say where the details are."""
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("messages", "ShopCRM"),
        QCoreApplication.translate(
            "messages", "Something went wrong. Nothing you saved is lost. Details: {log}"
        ).format(log=log_file),
    )


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask yes/no before something that cannot be undone easily."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, text: str) -> None:
    """Tell the user something that needs no answer (nothing went wrong)."""
    QMessageBox.information(parent, QCoreApplication.translate("messages", "ShopCRM"), text)


SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_unsaved_edits(parent: QWidget | None, name: str) -> str:
    """The card has edits not saved yet: ``save``, ``discard`` or ``stay`` (Esc stays)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("messages", "ShopCRM"))
    box.setText(
        QCoreApplication.translate("messages", "{name}'s card has changes not saved yet.").format(
            name=name
        )
    )
    save = box.addButton(
        QCoreApplication.translate("messages", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("messages", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("messages", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    exec_then_delete(box)
    clicked = box.clickedButton()  # read before the deletion (it waits for the event loop)
    if clicked is save:
        return SAVE
    return DISCARD if clicked is discard else STAY


def confirm_discard_page(parent: QWidget | None) -> bool:
    """Cancel on a wizard page with input not stored yet: True to drop it and close."""
    return confirm(
        parent,
        QCoreApplication.translate("messages", "ShopCRM"),
        QCoreApplication.translate(
            "messages",
            "What you typed on this page is not saved yet (the steps before it are). "
            "Close and drop it?",
        ),
    )


def suggest_thank_you(parent: QWidget | None, name: str) -> bool:
    """She left satisfied (4–5): offer a thank-you letter; True to make it now."""
    return confirm(
        parent,
        QCoreApplication.translate("messages", "ShopCRM"),
        QCoreApplication.translate(
            "messages",
            "{name} is satisfied now: she is marked as a candidate advocate on her card. "
            "Make her a thank-you letter?",
        ).format(name=name),
    )


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text (a note, a reason); None when cancelled, "" when left empty."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def offer_undo(parent: QWidget | None, text: str) -> bool:
    """Say what was just done, with Undo beside OK; True when the owner chose Undo."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("messages", "ShopCRM"))
    box.setText(text)
    undo = box.addButton(
        QCoreApplication.translate("messages", "Undo"), QMessageBox.ButtonRole.RejectRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    exec_then_delete(box)
    return box.clickedButton() is undo
