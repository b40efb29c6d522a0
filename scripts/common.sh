# Shared by the scripts in this folder; sourced, never run.
DYNA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DYNA_CACHE=${DYNA_CACHE:-$DYNA_ROOT/.cache}

# DynamoDB Local 1.25.1 ships inside this npm package (see ../shared/DESIGN.md).
DDBLOCAL_NPM_SPEC=amplify-dynamodb-simulator@2.9.30
DDBLOCAL_TARBALL=amplify-dynamodb-simulator-2.9.30.tgz
DDBLOCAL_SHA256=3503ffac19f183407909fecdacf4db51ab1fdad1da7b2f177016670b2d80e4b9
DDBLOCAL_HOME=$DYNA_CACHE/ddblocal-2.9.30/package/emulator

log() { printf '%s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
