#pragma once

#include "operationspage.h"

#include <QPointer>
#include <QSet>
#include <QStringList>

class QCheckBox;
class QHBoxLayout;
class QJsonObject;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {
class PaginatedJob;
} // namespace dyna::dynamo

namespace dyna::models {
class S3TransferModel;
} // namespace dyna::models

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// What the exports and imports pages share: the account's list (List*), each entry described
// once for its counts and again every second while it runs (Describe*), the details of the
// selected one and a button that opens the start form. Subclasses name the operations and
// parse their answers.
class S3TransferPanel : public OperationsPage
{
    Q_OBJECT
public:
    void refresh() override;

    // How often a transfer in progress is described again; 1000 ms unless set (tests).
    void setPollInterval(int ms) override;
    models::S3TransferModel *model() const { return m_model; }

protected:
    // The texts and names that tell the two pages apart; texts are translated by the caller.
    struct Names
    {
        QString title;
        QString action;
        QString actionToolTip;
        QString actionObjectName;
        QString viewObjectName;
        QString detailsObjectName;
        QString pollObjectName;
        QString listOperation;     // "ListExports"
        QString describeOperation; // "DescribeExport"
        QString arnKey;            // "ExportArn", the Describe input naming the transfer
    };

    // Takes ownership of the model. The subclass calls updateActions() once it is set up.
    S3TransferPanel(session::Session *session, models::S3TransferModel *model, const Names &names,
                    QWidget *parent);

    session::Session *session() const { return m_session; }
    QLabel *title() const { return m_title; }
    QPushButton *actionButton() const { return m_action; }
    ErrorPane *errorPane() const { return m_error; }

    // Adds the "Only this table" box; the list is then filtered by `tableArn` (set once the
    // chosen table is known, empty while it is not) whenever the box is ticked.
    void offerTableFilter();
    void setTableFilter(const QString &tableArn);

    // Selects a transfer the form started (already in the model) and watches it unless final.
    void watch(const QString &arn, bool final);
    void updateActions();

    // Puts the summaries of all list pages in the model; returns their ARNs.
    virtual QStringList setSummaries(const QList<QJsonObject> &pages) = 0;
    // Puts a Describe answer in the model; returns whether the transfer has ended. watched
    // says whether it was running while this page watched it.
    virtual bool applyDescription(const QJsonObject &response, bool watched) = 0;
    // The details of the row, or the hint to select one when row is -1.
    virtual QString detailsText(int row) const = 0;
    // Whether the page knows enough to start a transfer (besides support and connection).
    virtual bool canStart() const { return true; }

private:
    void describe(const QString &arn);
    void onDescribed(aws::RequestJob *job, quint64 generation);
    void poll();
    void showDetails();

    session::Session *m_session;
    models::S3TransferModel *m_model;
    Names m_names;
    QLabel *m_title;
    ErrorPane *m_error;
    QPushButton *m_action;
    QPushButton *m_refresh;
    QTableView *m_view;
    QLabel *m_details;
    QTimer *m_poll;
    QHBoxLayout *m_buttons;
    QCheckBox *m_onlyTable = nullptr;
    QString m_filterArn;
    QSet<QString> m_running;    // ARNs of transfers to describe again
    QSet<QString> m_describing; // ARNs with a Describe call on the way
    QPointer<dynamo::PaginatedJob> m_list;
    bool m_supported = true;
};

} // namespace dyna::views
