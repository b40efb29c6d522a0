#include "operationstest.h"

#include "controlplaneserver.h"
#include "localendpoint.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <memory>

namespace dyna::test {

void connectToServer(session::Session &session, const ControlPlaneServer &server,
                     const QString &displayName)
{
    session.connectWith(
        server.clientConfig(),
        std::make_shared<aws::StaticCredentialsProvider>(ControlPlaneServer::credentials()),
        displayName, false);
}

bool createTable(session::Session &session, const QString &tableName, const QString &streamViewType)
{
    const std::unique_ptr<aws::RequestJob> created(
        callAndWait(session.client(), QStringLiteral("CreateTable"),
                    simpleTableInput(tableName, QStringLiteral("pk"), streamViewType)));
    return created && !created->error().isError();
}

} // namespace dyna::test
