#pragma once

#include <QString>

namespace dyna::dynamo {

// "The maximum size supported for a resource-based policy document is 20 KB. DynamoDB counts
// whitespaces when calculating the size" (PutResourcePolicy, Policy member).
inline constexpr qsizetype MaxResourcePolicyBytes = 20 * 1024;

// The first problem found in a resource policy document: a sentence that names it and where it
// is. `line` and `column` (from 1) point into the text for malformed JSON, 0 otherwise.
struct PolicyProblem
{
    QString message;
    int line = 0;
    int column = 0;

    bool isValid() const { return message.isEmpty(); }
};

// Checks an IAM resource-based policy as DynamoDB's PutResourcePolicy needs it: at most 20 KB
// (UTF-8, whitespace included), well-formed JSON, Version "2012-10-17" or "2008-10-17", a
// Statement (one object or a non-empty list) whose statements each have Effect Allow or Deny,
// Principal or NotPrincipal, Action or NotAction and Resource or NotResource (one of each pair),
// and no element IAM does not know. Statements are numbered from 1 in the messages:
// "Statement[2] has no Effect." Returns an empty message when the document is fine.
PolicyProblem validatePolicyDocument(const QString &text);

} // namespace dyna::dynamo
