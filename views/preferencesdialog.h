#pragma once

#include "session/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace dyna::views {

// Edit > Preferences: page size, parallel scan segments, the Streams buffer, poll intervals,
// confirmations, appearance and language. OK saves them; Restore Defaults only fills the form.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(session::Preferences *preferences, QWidget *parent = nullptr);

    session::PreferenceValues values() const;

    void accept() override;

private:
    void showValues(const session::PreferenceValues &values);

    session::Preferences *m_preferences;
    QSpinBox *m_pageSize;
    QSpinBox *m_scanSegments;
    QSpinBox *m_streamBufferSize;
    QSpinBox *m_streamPollMs;
    QSpinBox *m_operationsPollMs;
    QCheckBox *m_confirmItemDeletes;
    QCheckBox *m_confirmProductionWrites;
    QComboBox *m_appearance;
    QComboBox *m_language;
};

} // namespace dyna::views
