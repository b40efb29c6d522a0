#pragma once

#include <QList>
#include <QString>

namespace dyna::aws {

// One library or data set the console runs with, for the About dialog and bug reports.
struct LibraryVersion
{
    QString name;
    QString version; // as the running library reports it, where it can
    QString licence; // SPDX identifier or the licence's name
};

// Qt, OpenSSL, QtKeychain and the bundled AWS API models, in that order.
QList<LibraryVersion> libraryVersions();

// DynamoDB Local, listed when a connection uses it: it is Amazon's, under its own licence.
LibraryVersion dynamoDbLocalLibrary();

} // namespace dyna::aws
