#pragma once

#include "aws/assumeroleprovider.h"

class QWidget;

namespace dyna::views {

// Asks for the current code of an MFA device in a small window-modal dialog that does not
// block the event loop; the answer reaches the role provider when the user confirms.
aws::AssumeRoleProvider::MfaPrompt mfaPrompt(QWidget *parent);

} // namespace dyna::views
