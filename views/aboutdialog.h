#pragma once

#include <QDialog>

class QTableWidget;

namespace dyna::views {

// Who made what the console runs with: its version, the libraries' versions and licences,
// and DynamoDB Local's licence when the connection uses it.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(bool usesDynamoDbLocal, QWidget *parent = nullptr);

    QTableWidget *components() const { return m_components; }

private:
    QTableWidget *m_components;
};

} // namespace dyna::views
