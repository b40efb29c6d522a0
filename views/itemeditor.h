#pragma once

#include "jsonhighlighter.h"

#include "dynamo/attributevalue.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace dyna::session {
class Session;
}

namespace dyna::dynamo {
class SaveItemJob;
}

namespace dyna::views {

// Edits one item as DynamoDB JSON or plain JSON text, or attribute by attribute in a form, and
// saves it on the condition that DynamoDB still holds the item the user started from. A
// concurrent change is shown next to the user's text (which is never touched) with the choice to
// overwrite it or reload. Usable in a dialog or a tab.
class ItemEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ItemEditor(session::Session *session, QWidget *parent = nullptr);
    ~ItemEditor() override;

    // An existing item: saving is conditional on it being unchanged, and its key cannot change.
    void editItem(const QString &table, const QStringList &keyAttributes, const dynamo::Item &item);
    // A new item: saving never overwrites an existing one.
    void newItem(const QString &table, const QStringList &keyAttributes);
    // A new item that starts as a copy of item (give it a new key before saving).
    void duplicateItem(const QString &table, const QStringList &keyAttributes,
                       const dynamo::Item &item);

    JsonMode mode() const { return m_mode; }
    // Converts the text to mode; refuses (false, text kept, reason in the status) when the
    // current text is not a valid item.
    bool setMode(JsonMode mode);

    QString text() const;
    // The validation line: an error with its line and column, or a summary of the valid item.
    QString statusText() const;
    bool isConflictShown() const;
    // The item as DynamoDB held it when the last save reported a conflict.
    const std::optional<dynamo::Item> &conflictItem() const { return m_conflictItem; }
    bool isSaving() const;

    // Starts a save; false (with the reason in the status) when the text is not a valid item or
    // the item cannot be saved on the current connection.
    bool save();
    void revert();
    // After a conflict: saves the user's item on the condition that the item is still the one
    // just shown.
    void overwrite();
    // After a conflict: replaces the text by the current item.
    void reload();

Q_SIGNALS:
    void saved(const dyna::dynamo::Item &item);

private:
    struct Parsed
    {
        dynamo::Item item;
        QString error; // empty when valid
        int line = 0;
        int column = 0;
    };

    void open(const QString &table, const QStringList &keyAttributes, const dynamo::Item &item,
              bool isNew);
    Parsed parse(const QString &text, JsonMode mode) const;
    QString itemText(const dynamo::Item &item, JsonMode mode) const;
    void setItemText(const dynamo::Item &item);
    void validate();
    void setStatus(const QString &text, bool isError);
    void fillForm(const dynamo::Item &item);
    void onFormEdited();
    void onModeChosen(int index);
    bool startSave(const dynamo::Item &item);
    void onSaveFinished();
    void showConflict(bool shown);

    QPointer<session::Session> m_session;
    QString m_table;
    QStringList m_keyAttributes;
    dynamo::Item m_original; // empty for a new item
    dynamo::Item m_initial;  // what Revert goes back to
    std::optional<dynamo::Item> m_conflictItem;
    bool m_conflictKnown = false; // the conflict came with the current item (or its absence)
    JsonMode m_mode = JsonMode::DynamoDb;
    quint64 m_generation = 0; // the session's connection the item was opened from
    bool m_fillingForm = false;

    QComboBox *m_modeBox;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    JsonHighlighter *m_highlighter;
    QTableWidget *m_form;
    QLabel *m_status;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QWidget *m_conflictPane;
    QLabel *m_conflictLabel;
    QPlainTextEdit *m_conflictText;
    QPushButton *m_overwriteButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QTimer *m_validateTimer;
    QPointer<dynamo::SaveItemJob> m_saveJob;
};

} // namespace dyna::views
