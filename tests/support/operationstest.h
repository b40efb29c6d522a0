#pragma once

#include <QString>

namespace dyna::session {
class Session;
}

namespace dyna::test {

class ControlPlaneServer;

// The setup the panel tests for the control-plane operations share.

// Connects `session` to `server` (read-write) with the keys whose signatures it checks.
void connectToServer(session::Session &session, const ControlPlaneServer &server,
                     const QString &displayName);

// Creates an on-demand table keyed on the string "pk" (with a stream of `streamViewType`
// when given) through `session`; false when the call failed or did not finish.
bool createTable(session::Session &session, const QString &tableName,
                 const QString &streamViewType = {});

} // namespace dyna::test
