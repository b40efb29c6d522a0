#pragma once

// Driving widgets as a user would: find them by object name, type into them, pick from
// combo boxes with the keyboard, click. Header-only: only widget tests include it.
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace dyna::test {

template<typename T>
T *child(const QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

// Replaces the field's text by typing, key by key.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void typeInto(QComboBox *combo, const QString &text)
{
    typeInto(combo->lineEdit(), text);
}

inline void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Picks an entry of a non-editable combo box with the arrow keys.
inline bool chooseWithKeys(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->currentText() == text)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentText() == text;
}

} // namespace dyna::test
