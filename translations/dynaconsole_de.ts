<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiModel</name>
    <message>
        <source>The API model is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API model has no metadata, shapes or operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape %1 has an unsupported type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape %1 has a pattern that cannot be used: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List shape %1 has no valid member shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map shape %1 has no valid key or value shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 of shape %2 refers to an unknown shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map shape %1 has a key shape that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 has an input that is not a known structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must set exactly one of %2; it sets none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must set exactly one of %2; it sets %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2; did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2, which has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2; its members are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2; got %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timestamp (seconds since 1970 or an ISO 8601 date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64-encoded binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have at least %2 items; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have at most %2 items; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have at least %2 entries; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have at most %2 entries; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must match the pattern %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number; got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; got %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2; got %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2; got %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be base64-encoded binary data; got text that is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 bytes long; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 bytes long; it has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an operation of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssumeRoleProvider</name>
    <message>
        <source>An MFA code is needed to assume the role; none was entered, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeValue</name>
    <message>
        <source>A string set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string set contains %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number set contains %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number set contains the same number twice: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The binary set contains the same bytes twice (members %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and maps are nested more than 32 levels deep (counting the item itself); DynamoDB allows 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an attribute value such as {&quot;S&quot;: &quot;text&quot;} but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute value is empty; it needs exactly one type such as &quot;S&quot;, &quot;N&quot; or &quot;M&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute value has %1 types; it needs exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item in DynamoDB JSON must be an object of attribute names, such as {&quot;id&quot;: {&quot;S&quot;: &quot;a1&quot;}}, but this is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be %2, but it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type %1; expected one of S, N, B, BOOL, NULL, SS, NS, BS, L, M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;N&quot; must be a string such as {&quot;N&quot;: &quot;1.5&quot;}, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NULL value must be written {&quot;NULL&quot;: true}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings holding numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of base64 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of attribute values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of attribute values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member of &quot;%1&quot; must be a string, but this one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>its condition was not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another transaction was changing the same item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its item collection is over the 10 GB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table was throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 failed because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was cancelled and nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was cancelled and nothing was written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The service says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials have expired: their session token is no longer valid. Refresh the profile&apos;s credentials (assume the role again or get a new session token) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS does not recognise the access key ID or session token. Check the profile&apos;s access key; it may have been deleted, deactivated or belong to another partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS rejected the request as too old. Check that this computer&apos;s clock and time zone are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS rejected the request signature. Check the profile&apos;s secret access key and that this computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried no credentials. Choose a profile with an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials are not allowed to run %1. Ask for the IAM permission or use another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region is not enabled for the account. Enable it in the account settings or choose another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refused the credentials for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table does not exist in this account and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global table does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica does not exist in that region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource has no resource-based policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index does not exist on this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream position expired before it was used; reading must start again from a new shard iterator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested stream records are older than 24 hours and have been removed from the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource that %1 refers to does not exist in this account and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition was not met, so the item was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request was changing the same item at the same time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction with the same request token is still in progress. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request token was already used for a request with different parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item with the same primary key already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A global table with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table already has a replica in that region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run now because the resource is busy or in a conflicting state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused the connection. If it is DynamoDB Local, check that it is running and listening on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be found. Check the region or endpoint URL and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out waiting for the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the endpoint could not be set up. Check the endpoint URL and any proxy or certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered %1 with a redirect (HTTP %2). Check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent because %2 is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rejected as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rejected as invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB is throttling %1: the table or index needs more read or write capacity than it has. Try again later or raise its capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s throughput quota for this region is used up. Try again later or ask AWS for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS is throttling requests for %1. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items sharing this partition key exceed the 10 GB limit of a table with a local secondary index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 is too large for the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached an AWS quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response to %1 was damaged in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS had a temporary problem with %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint does not support %1. DynamoDB Local implements tables, items, queries, transactions, PartiQL, TTL and Streams, but not backups, point-in-time recovery, exports, imports, global tables, tags, resource policies, Kinesis streaming destinations or contributor insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS did not accept the MFA code. Enter the current code of the MFA device and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWriteJob</name>
    <message numerus="yes">
        <source>%n item(s) were still unprocessed after %1 attempts; the table is throttling writes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration console for Amazon DynamoDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this endpoint, e.g. DynamoDB Local at http://127.0.0.1:8000 (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region to sign requests for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo dataset when the endpoint has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file once the tables are listed, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid endpoint URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No access key id and secret access key are set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalNumber</name>
    <message>
        <source>The number is empty; write at least one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than 38 significant digits, the most DynamoDB keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large: DynamoDB numbers must be smaller in magnitude than 1E+126.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too close to zero: the smallest non-zero DynamoDB number is 1E-130.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentConverter</name>
    <message>
        <source>An attribute name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks a tagged value and must be the only key of its object; for an attribute named %1, write &quot;$%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute %1 appears twice in this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and maps are nested more than 32 levels deep (counting the item itself); DynamoDB allows 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;$B&quot; must be a base64 string, but it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 must be an array, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member of %1 must be %2, but this one is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item must be a JSON object of attribute names, such as {&quot;id&quot;: &quot;a1&quot;}, but this is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>The endpoint URL &quot;%1&quot; must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL must not contain a user name or password; credentials belong in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; must have no path, query or fragment: give only the scheme, host and port, such as http://127.0.0.1:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS and dual-stack endpoints cannot be combined with an explicit endpoint URL. Turn them off or remove the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the signing region: use letters, digits and hyphens only, such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global STS endpoint has no FIPS or dual-stack variant; use the regional STS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is set. Choose a region such as us-east-1, or set an endpoint URL such as http://127.0.0.1:8000 for DynamoDB Local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name; expected a name such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-stack endpoints are not available in region %1 (partition %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty; expected a JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1, which is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of the text; expected a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strings must be in double quotes, not single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number may not start with &quot;+&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number needs a digit before the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected word &quot;%1&quot;: text must be in double quotes; only true, false and null are written without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit after &quot;-&quot; but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers may not have leading zeros (write 7, not 07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit in the exponent but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This string is never closed with a double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string may not contain %1; write it as an escape such as \n or \t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of the text inside an escape sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape sequence \%1 in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape \u%1 is half of a surrogate pair without its first half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escape \u%1 is half of a surrogate pair; it must be followed by a \uDC00-\uDFFF escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the comma before &quot;}&quot;: JSON does not allow a trailing comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys must be in double quotes, not single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after the key &quot;%1&quot; but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; after an object member but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the comma before &quot;]&quot;: JSON does not allow a trailing comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;]&quot; after an array element but found %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>DynamoDB returned an item that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalTables</name>
    <message>
        <source>Table %1 has no stream. A replica needs the table&apos;s stream enabled with new and old images (NEW_AND_OLD_IMAGES); enable it in Update table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream of table %1 records %2. A replica needs new and old images (NEW_AND_OLD_IMAGES); change the stream in Update table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name; expected a name such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>A BOOL value is either true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFileWriter</name>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPoller</name>
    <message>
        <source>The connection to %1 was closed; reconnect to poll it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 names no key attributes, so it cannot tell the table&apos;s items apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of %1 has no attribute &quot;%2&quot;: check the key attributes of the itemPolled trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each poll scans the whole table: about %1 read capacity units per poll, %2 polls an hour, about %3 read capacity units an hour. A scan cannot tell a removed item from one it missed, so removals are not reported reliably: prefer a stream-backed trigger when the table can have a stream.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemSize</name>
    <message>
        <source>The item is %1 bytes; DynamoDB&apos;s limit is 400 KB (%2 bytes). Its largest attribute is &quot;%3&quot; at %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemWrite</name>
    <message>
        <source>The key attribute &quot;%1&quot; is missing; every item needs its full primary key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key attribute &quot;%1&quot; was changed. A saved item keeps its key; use Duplicate to store a copy under a new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;DynamoDB JSON, one item per line (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainQueue</name>
    <message>
        <source>The keychain has no entry named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). It may be locked. Secrets can be kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets can be kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed on entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KinesisDestinations</name>
    <message>
        <source>Enter the ARN of a Kinesis data stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream must be given by its ARN, for example arn:aws:kinesis:us-east-1:123456789012:stream/orders, not by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARN names a %1 resource, not a Kinesis data stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the ARN of a Kinesis data stream: it must look like arn:aws:kinesis:&lt;region&gt;:&lt;12-digit account&gt;:stream/&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>This table is on-demand: it has no provisioned capacity, so these quotas do not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read capacity units (table and its indexes) against the per-table maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity units (table and its indexes) against the per-table maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read capacity units against the account maximum in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity units against the account maximum in this region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaginatedJob</name>
    <message>
        <source>%1 is not a paginated operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiQL</name>
    <message>
        <source>The statement has no WHERE clause, so it reads every item of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHERE clause has no equality or IN condition on the partition key &quot;%1&quot; that every match must meet, so the statement reads the whole table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WHERE clause has no equality or IN condition on the partition key &quot;%1&quot; of the index &quot;%2&quot; that every match must meet, so the statement reads the whole index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiqlPanel</name>
    <message>
        <source>The value is not base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointInTimeRestore</name>
    <message>
        <source>Point-in-time recovery is off for this table: turn it on before restoring to a point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time between %1 and %2, the window this table can be restored to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is not an operation of this service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a vault key DynaConsole knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid region name: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs AWS_ASSUME_ROLE_ARN as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a role ARN such as arn:aws:iam::123456789012:role/Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from %2 to %3; got &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a valid AWS region name such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not of the form KEY=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on line %2 was already set on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The secret access key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key of profile &quot;%1&quot; is not kept in memory in this session. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key of profile &quot;%1&quot; was not found in the system keychain. The keychain may be locked: unlock it and try again, or enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>MFA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current code of the MFA device
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuerySpec</name>
    <message>
        <source>Enter an attribute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute path %1 has a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute path %1 has an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute path %1 has a list index that is not a whole number in brackets, such as [0].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute path %1 has an unexpected %2; write a name containing dots, brackets or quotes between backticks, such as `a.b`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used on a sort key; use =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN or begins_with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BETWEEN needs exactly 2 values; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN needs between 1 and 100 values; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly 1 value; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compares strings, numbers or binary values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both BETWEEN bounds must be of the same type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the low bound %1 is greater than the high bound %2; DynamoDB rejects such a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begins_with needs a string or binary value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size() is compared with a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute_type needs one of S, N, B, SS, NS, BS, BOOL, NULL, L or M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is of type %2 but the value %3 is of type %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no index named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global secondary index %1 does not support consistent reads; turn off consistent read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be a positive number, or 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only cannot be combined with a projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the partition key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort key condition needs a partition key value: a query reads one partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query needs a partition key value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a string, number or binary value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partition key is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this table or index has no sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the sort key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sort key is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a key condition expression: a query needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan has no key condition expression; move the condition to the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 must start with #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 must stand for a non-empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 is defined but not used in any expression; DynamoDB rejects unused placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value placeholder %1 must start with a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value placeholder %1 is not valid DynamoDB JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value placeholder %1 is defined but not used in any expression; DynamoDB rejects unused placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression uses %1, which is not defined in the attribute names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression uses %1, which is not defined in the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of scan segments must be between 1 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel segments apply to a scan only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of %1 is not known, so this scan may read all of it and consume many read capacity units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full scan of %1 consumes about %2 read capacity units.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>This connection is read-only: %1 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPageSource</name>
    <message>
        <source>The connection was closed before the items loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementCallJob</name>
    <message>
        <source>There is no statement to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statements were given, but DynamoDB runs at most %2 in one request. Split them into smaller groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamRecord</name>
    <message>
        <source>Unknown stream event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stream record has no sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream record %1 has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StsJob</name>
    <message>
        <source>No source credentials are set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>The schedule &quot;%1&quot; is not a duration: write a whole number followed by ms, s, m or h, such as &quot;30s&quot; or &quot;5m&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is zero: a trigger needs a positive interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is longer than the longest allowed, 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger has no &quot;trigger&quot; name: use one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trigger: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 trigger names no table: add &quot;tableName&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name: DynamoDB table names have 3 to 255 characters among letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of the %1 trigger must be text such as &quot;30s&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 needs &quot;keyAttributes&quot;, the names of the table&apos;s key attributes, to tell its items apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 lists %2 key attributes: a DynamoDB key has a partition key and at most one sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key attributes of the itemPolled trigger on %1 must be distinct, non-empty attribute names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New items in %1, every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed items in %1, every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed items in %1, every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shards in the stream of %1, every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed items in %1 found by a scan, every %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::app::MainWindow</name>
    <message>
        <source>DynaConsole — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartiQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity units consumed by this session&apos;s requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 RCU · %2 WCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DynaConsole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::dynamo</name>
    <message>
        <source>The %1 must be 3 to 255 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, underscores (_), hyphens (-) and dots (.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the attribute name of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute name of the %1 is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be of type S (string), N (number) or B (binary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned read and write capacity of %1 must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum on-demand throughput of %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection of index %1 must be ALL, KEYS_ONLY or INCLUDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 projects INCLUDE: list the non-key attributes it includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 includes more than %2 non-key attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 lists an empty non-key attribute name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 lists non-key attributes, which only an INCLUDE projection takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two indexes are named %1; index names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition key of index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort key of index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 uses %2 as both partition key and sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort key must be another attribute than the partition key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table can have at most %1 local secondary indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local secondary indexes need a table with a sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local secondary index %1 must use the table&apos;s partition key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local secondary index %1 needs a sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table can have at most %1 global secondary indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes of a table can include at most %1 non-key attributes in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the stream records: NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table class must be STANDARD or STANDARD_INFREQUENT_ACCESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table can have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key must be 1 to 128 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of tag %1 is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no global secondary index named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete index %1 (DynamoDB deletes one global secondary index per call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to provisioned capacity needs the table&apos;s read and write capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to provisioned capacity needs read and write capacity for index %1 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the table&apos;s capacity and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the stream: its view type can only change by disabling it and enabling a new stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a stream of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create index %1 (DynamoDB creates one global secondary index per call; it backfills before the next change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder %1 is used in an expression but not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name placeholder %1 is defined but no expression uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name placeholder %1 must stand for an attribute name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value placeholder %1 is defined but no expression uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 is not a DynamoDB value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item is empty; it needs at least the table&apos;s key attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty; give the item&apos;s key attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update needs an update expression, such as SET #n = :v.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition check needs a condition expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction needs at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction holds at most %1 rows; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read belongs in a Get transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write belongs in a Write transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it touches the same item as row %1; DynamoDB allows one action per item in a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items add up to %1 bytes; DynamoDB&apos;s limit for a transaction is 4 MB (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Sid &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 (or %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both %2 and %3; use only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 must be &quot;*&quot; or an object such as {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:root&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 must be a string or a non-empty list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement[%1] is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown element &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a Sid that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has Effect %2; use &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a Condition that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is %1 bytes; DynamoDB accepts at most 20 KB (%2 bytes), whitespace included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy must be a JSON object with Version and Statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has an unknown top-level element &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no Version; use &quot;2012-10-17&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s Version must be &quot;2012-10-17&quot; (or the older &quot;2008-10-17&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no Statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s Statement must be an object or a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s Statement list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the S3 bucket the export is written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An S3 bucket name has at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 prefix has at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the KMS key that encrypts the exported objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export time must not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incremental export needs the time it starts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export window must lie in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the export window must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incremental export covers at least 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incremental export covers at most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the S3 bucket to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key prefix has at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter is a single character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delimiter and a header list apply to CSV files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV header list has at most 255 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column of the CSV header list needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import cannot create local secondary indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import creates a standard table without stream, tags or deletion protection; change those after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 contains &quot;%2&quot;; only letters, numbers, spaces and + - = . _ : / are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key &quot;%1…&quot; is %2 characters long; keys have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; starts with &quot;aws:&quot;, which is reserved for tags AWS assigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag value &quot;%1…&quot; is %2 characters long; values have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; appears twice (rows %2 and %3); keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource can have at most %1 tags; this list has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::dynamo::Definitions</name>
    <message>
        <source>The attribute %1 is used as a key of type %2 and of type %3; an attribute has one type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::dynamo::DemoDataset</name>
    <message>
        <source>Creating tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::models::BackupListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::models::ItemDetailModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::models::NavigationModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — listing tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to connect to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to connect to %1 and open %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::models::S3TransferModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::models::ShardStatusModel</name>
    <message>
        <source>Shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::models::StreamEventModel</name>
    <message>
        <source>%1
Received at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::profiles</name>
    <message>
        <source>The credential_process command line ends with a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command line has a quote at position %1 that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint override must be an http:// or https:// URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb, for example #1f77b4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role ARN must look like arn:aws:iam::123456789012:role/RoleName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session duration must be between 900 and 43200 seconds (15 minutes to 12 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source profile of a role cannot be the profile itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared config profile name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;name = value&apos; inside &apos;%1&apos;; the line is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section header of the form [name]; the lines up to the next section are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;name = value&apos; or a [section]; the line is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set outside any [section] and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set again in [%2]; the later value is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] appears again (first at line %2); the two sections are merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::profiles::ConnectionResolver</name>
    <message>
        <source>The profile &quot;%1&quot; assumes a role from itself through its source profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved profiles are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source profile of &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set in the environment DynaConsole was started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; takes its credentials from the environment, but AWS_ACCESS_KEY_ID is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; has no source for its role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; has no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::profiles::ProcessCredentialsProvider</name>
    <message>
        <source>The credential_process command line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; could not be started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; did not finish within %2 seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; failed with exit code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; did not print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Version that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed %2; only Version 1 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::profiles::SharedConfig</name>
    <message>
        <source>[%1] is ignored: in the config file a profile section is written [profile %1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] is ignored: in the credentials file a profile section is written [%2], without &apos;profile&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; does not exist in the AWS config or credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; assumes a role with a web identity token (web_identity_token_file), which DynaConsole does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names source_profile &apos;%2&apos;, which has no credentials: it sets no access keys, role_arn, SSO settings or credential_process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets aws_secret_access_key but no aws_access_key_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets aws_access_key_id but no aws_secret_access_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets duration_seconds to &apos;%2&apos;; it must be a whole number of seconds from 900 to 43200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets both source_profile and credential_source; keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets role_arn but neither source_profile nor credential_source, so nothing can assume the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; uses credential_source %2, which DynaConsole does not support; use Environment or a source_profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets credential_source to &apos;%2&apos;; it must be Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names source_profile &apos;%2&apos;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source_profile settings of profile &apos;%1&apos; form a cycle: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names sso_session &apos;%2&apos;, but the config file has no [sso-session %2] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets %2 to a different value than its sso-session &apos;%3&apos; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the AWS CLI first: aws sso login --profile %1 (or aws sso login --sso-session %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the AWS CLI first: aws sso login --profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is an SSO profile but is missing %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::profiles::SsoCredentialsProvider</name>
    <message>
        <source> (or aws sso login --sso-session %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not signed in to AWS IAM Identity Center. Sign in with the AWS CLI first: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS IAM Identity Center sign-in of profile &quot;%1&quot; expired at %2. Sign in again with the AWS CLI: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IAM Identity Center no longer accepts the sign-in of profile &quot;%1&quot;. Sign in again with the AWS CLI: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IAM Identity Center answered without usable role credentials for role %1 in account %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::session::Session</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::streams::CheckpointStore</name>
    <message>
        <source>Could not read the stream checkpoints in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream checkpoints in %1 are not valid JSON (%2); reading starts without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the stream checkpoints to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::streams::StreamConsumer</name>
    <message>
        <source>Table %1 has no stream. Turn on DynamoDB Streams for it (Table &gt; Update Table…) to watch its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard %1 is no longer in the stream (it keeps 24 hours): its records from sequence number %2 on were lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of shard %1 could not be read and were skipped: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records of shard %1 after sequence number %2 are no longer in the stream (it keeps 24 hours): reading went on from the oldest record left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::AboutDialog</name>
    <message>
        <source>About DynaConsole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynaConsole %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native desktop administration console for Amazon DynamoDB. It runs with these components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components, versions and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB Local is Amazon&apos;s software under the Amazon DynamoDB Local License Agreement (LICENSE.txt beside DynamoDBLocal.jar); DynaConsole only starts and talks to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::BackupsPanel</name>
    <message>
        <source>Backups of all tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup name must be 3 to 255 letters, digits, underscores (_), hyphens (-) or dots (.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source table: %1, %2 items, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup %1 of table %2? It cannot be restored afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ConfirmDialog</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ConnectionManagerDialog</name>
    <message>
        <source>Connection Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from AWS config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import vault keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export vault keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s endpoint, or e.g. http://127.0.0.1:8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only (refuse every write request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assume role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS config profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key and session token are kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN and AWS_REGION are read from the environment DynaConsole was started from, each time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynaconsole-&lt;timestamp&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. arn:aws:iam::123456789012:mfa/user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;FA serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS config &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s own keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from AWS config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles were found in the AWS config files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile of the AWS config files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is set for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Name the profile, review it and click Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListTables answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ContributorInsightsPanel</name>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor insights of the table and its indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table or index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor insights in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor insights in this account and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor insights of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable contributor insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable contributor insights for %1? CloudWatch stops collecting its most accessed and most throttled keys and deletes the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::CreateTableDialog</name>
    <message>
        <source>String (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect from deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tag a line: key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read / write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity units per second for the table and each global index (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional maximum request units per second; 0 means no maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an account or DynamoDB Local first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating table %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is ACTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::DeleteTableDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion protection is on for %1, so DynamoDB refuses to delete it. To delete the table, open Update table, clear &quot;Protect from deletion&quot; under Settings and apply, then delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 removes the table, its indexes and every item. This cannot be undone. Type the table name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting table %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ErrorPane</name>
    <message>
        <source>Sign In Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ExportDialog</name>
    <message>
        <source>S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-export-bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. exports/orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table as it was at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the latest change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 managed keys (AES256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key id, ARN or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and old images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New images only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ExportsPanel</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: s3://%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encrypted with %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental export of the changes from %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full export of the table as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chosen table to an S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to S3 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an export to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::GlobalTablesPanel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read auto scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write auto scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy global tables (2017.11.29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from this table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica auto scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy global tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy global table replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas (version 2019.11.21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, created %3, regions %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global table, version 2019.11.21 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global table, version 2017.11.29 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a global table: it has no replicas in other regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a replica of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica read capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s read capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB copies table %1 and its items to the new region and keeps both in sync through the table&apos;s stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the replica of table %1 in region %2? DynamoDB deletes the table and its items in %2; the table in this region stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create legacy global table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions of the global table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create global table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 2017.11.29 needs an empty table named %1 with the same key schema and a NEW_AND_OLD_IMAGES stream in every chosen region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one region for the global table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region %2 from global table %1? The table in %2 stops replicating; it is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned write capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB applies the same provisioned write capacity in every region of a legacy global table. An on-demand global table becomes provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity units:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ImportDialog</name>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-import-bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. exports/AWSDynamoDB/…/data/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV header list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first line of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZSTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (read, write):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ImportsPanel</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: s3://%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, delimiter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, compression %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed items: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new table from data in an S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an import to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::IndexEditor</name>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCLUDE only: comma-separated attribute names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global secondary index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local secondary index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read / write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the index name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ItemEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your item over the one shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and edit the item shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid item · %1 · %2 KB of 400 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format was not changed because the text is not a valid item. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection changed after this item was opened. Open the item again from the current connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved · %1 write capacity units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item, and it could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item as it is now in DynamoDB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists in DynamoDB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: an item with this key already exists. Your text is kept; compare it with the stored item, then Overwrite or Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed this item after you opened it. Your text is kept; compare it with the current item, then Overwrite or Reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ItemsPanel</name>
    <message>
        <source>Find in loaded items (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table&apos;s keys and indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded in %1 page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · last page: %1 scanned, %2 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · more: scroll down or press Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Item — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Item — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Item — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 items (%2 KB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected before sending:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) DynamoDB refused:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was dropped silently: every line is listed below with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::KinesisPanel</name>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis streaming destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis data stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation time precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis data stream ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate creation time precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the chosen precision to the selected destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis streaming of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MILLISECOND (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 does not stream to any Kinesis data stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Kinesis streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop streaming the changes of table %1 to the Kinesis data stream %2? Neither the table nor the stream is deleted; you can enable streaming again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable streaming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::LimitsPanel</name>
    <message>
        <source>Capacity limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s capacity against the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account maximum, read capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account maximum, write capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-table maximum, read capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-table maximum, write capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table to see its capacity against these quotas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provisions %2 read and %3 write capacity units, counting its global secondary indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity limits beside %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::NavigationPanel</name>
    <message>
        <source>Filter tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tables again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect; still connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tables… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables listed before the error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This local endpoint has no tables. If you expected some: DynamoDB Local keeps a separate database per access key and region unless it was started with -sharedDb, so tables created by another tool may be invisible here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::OperationsPanel</name>
    <message>
        <source>Time to live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live is set with the table&apos;s overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand backups: create, restore into a new table, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous backups and restores to any second of the last 35 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full and incremental exports of the table to an S3 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports from S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tables from CSV, DynamoDB JSON or Amazon Ion files in S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas of the table in other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource-based policies of the table and its stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinesis Data Streams destinations of the table&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most accessed and throttled keys of the table and its indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s capacity quotas beside the table&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an account or to DynamoDB Local to manage backups, exports and the other operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table in the navigation. Account-wide lists (backups, exports, imports, global tables, limits) work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations on table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::PartiqlEditor</name>
    <message>
        <source>SELECT * FROM &quot;Table&quot; WHERE pk = ?  (Ctrl+Return runs the statement under the cursor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::PartiqlPanel</name>
    <message>
        <source>Consistent read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch (up to %1 statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction (up to %1 statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client request token (empty: a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items read per page (Limit); 0 lets DynamoDB decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the statement under the cursor or the selection (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to put the statement into the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Whole Table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of ? number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an account or a local endpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a statement to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the statements to run, separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statements were typed; a %2 takes at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: full table scan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) as a batch…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) as a transaction…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The batch did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1 of %2 statement(s) succeeded · %3 capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Client request token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied (the transaction was cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Transaction of %n statement(s) applied · %1 capacity units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · full table scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · more: scroll down or press Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 ms · %5 capacity units
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::PointInTimePanel</name>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a point in time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: turn point-in-time recovery on to restore to any second from then on (up to 35 days back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off point-in-time recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off point-in-time recovery for %1? The restorable window is lost; turning it on again starts a new window from that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::QueryBuilder</name>
    <message>
        <source>%1 is not base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BOOL value is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN with JSON takes an array of DynamoDB JSON values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the whole table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scan anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all attributes; or paths separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key condition, e.g. #pk = :pk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. #status IN (:a, :b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection, e.g. #pk, #status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: {&quot;#pk&quot;: &quot;customer&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: {&quot;:pk&quot;: {&quot;S&quot;: &quot;c-1&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 MB pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per page; 0 reads DynamoDB&apos;s default pages of up to 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel scan: the number of segments read at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must stand for a name in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort key high bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute path, e.g. address.city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value type; JSON takes DynamoDB JSON such as {&quot;SS&quot;: [&quot;a&quot;]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array, e.g. [{&quot;S&quot;: &quot;a&quot;}, {&quot;N&quot;: &quot;1&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas, e.g. a, b, c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S, N, B, SS, NS, BS, BOOL, NULL, L or M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB JSON, e.g. {&quot;SS&quot;: [&quot;a&quot;, &quot;b&quot;]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global secondary indexes support only eventually consistent reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::ResourcePolicyPanel</name>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm remove self resource access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy document (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is attached. Type a policy document, for example:
{&quot;Version&quot;: &quot;2012-10-17&quot;, &quot;Statement&quot;: [{&quot;Effect&quot;: &quot;Allow&quot;, &quot;Principal&quot;: {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:role/reader&quot;}, &quot;Action&quot;: &quot;dynamodb:GetItem&quot;, &quot;Resource&quot;: &quot;&lt;table ARN&gt;&quot;}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the policy denies you permission to read or change this policy later (ConfirmRemoveSelfResourceAccess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy document is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table has no stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. DynamoDB applies a new policy within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resource policy of the stream of table %1? Access it grants or denies ends within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resource policy of table %1? Access it grants or denies, including to the table&apos;s indexes, ends within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was changed or deleted by someone else since you loaded revision %1, so it was not overwritten. Your text is kept below; Reload shows the current policy (and replaces your text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy was attached by someone else since you loaded this resource, so it was not overwritten. Your text is kept below; Reload shows the current policy (and replaces your text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::RestoreTableDialog</name>
    <message>
        <source>Global secondary indexes to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local secondary indexes to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS owned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS managed key (aws/dynamodb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer managed KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID, ARN or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest restorable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global secondary indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local secondary indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, restorable from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 of table %2, taken %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the restore into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is ACTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::S3TransferDialog</name>
    <message>
        <source>Bucket owner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a bucket of another account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::S3TransferPanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the transfers of the table chosen in the navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::StreamInspectorPanel</name>
    <message>
        <source>Last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim horizon (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest (from now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where reading starts on each shard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the list (Ctrl+P). Events keep arriving and are added on resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many events the list keeps; the oldest go first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by key, e.g. pk=order#1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stream events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table in the navigation tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the stream of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream of %1 (watching; press Start to watch %2 instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream of %1 (watching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams: select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 oldest events were dropped: the buffer holds %2. Raise the buffer size or export the events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::StreamRecordDetail</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OldImage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NewImage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value in this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stream records keys only: no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attribute changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attributes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Item inserted with %n attribute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item removed; the stream records no old image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Item removed with %n attribute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The stream records only one image: the changes cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::TableOverviewPanel</name>
    <message>
        <source>partition key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned: %1 RCU, %2 WCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand, at most %1 read and %2 write request units/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] %3; projects %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, backfilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 items (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS owned key (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS KMS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS owned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate; DynamoDB refreshes it about every six hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attribute %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to &amp;live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn time to live on or off for this table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::TagsPanel</name>
    <message>
        <source>Select a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB tags tables (TagResource takes a table ARN; its indexes share the table&apos;s tags). Backups cannot be tagged here: DynamoDB&apos;s tagging operations do not accept backup ARNs. At most 50 tags per table; keys up to 128 and values up to 256 characters of letters, numbers, spaces and + - = . _ : /. Keys starting with &quot;aws:&quot; are reserved for AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading tags… %n so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>AWS-assigned, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · unsaved: %1 added, %2 changed, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving tags…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::TimeToLiveDialog</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example expiresAt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-level Number attribute holding the expiry time in epoch seconds. Items without it never expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB deletes an item within a few days after the time in its TTL attribute, without consuming write capacity. A table takes one TTL change about every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off time to live on table %1? Items stop expiring; turning it on again takes up to an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning on (attribute %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off (attribute %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::TransactionPanel</name>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with same token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (TransactWriteItems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get (TransactGetItems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How keys and items are written; values are always DynamoDB JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: a fresh UUID for each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the transaction (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same transaction with the token used last: DynamoDB applies it at most once within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and items as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client request token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;pk&quot;: &quot;id-1&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET #n = :v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute_exists(pk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pk, #n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;#n&quot;: &quot;name&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;:v&quot;: {&quot;S&quot;: &quot;x&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1 read capacity units).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was committed (%1 write capacity units).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::TriggerDialog</name>
    <message>
        <source>New items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shards (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned changes, for tables without a stream (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From latest: only changes made after the trigger is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30s, 1m, 5m, 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition key, sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s key attributes, separated by a comma: the scan tells items apart by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the trigger also sees the changes still in the stream (up to 24 hours old).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires every %1 when there is something to hand on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table&apos;s size is unknown, so the figures assume an empty table. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::TriggersPanel</name>
    <message>
        <source>Stream triggers see the changes of the stream being watched in the Streams tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trigger on the table selected in the navigation tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand on what the selected trigger has queued now, or scan its table now for an itemPolled trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per event handed on by a trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a log line to see its event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The trigger was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The trigger was not added: the name %2 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: nothing is queued, so nothing was handed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not connected, so the table cannot be scanned; connect and press Run Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: the first scan read %n item(s) using %3 read capacity units; changes are reported from the next poll.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the scan failed and is tried again at the next poll. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the connection changed, so polling stopped; press Run Now to scan on the new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::UpdateTableDialog</name>
    <message>
        <source>Enable a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect from deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (on-demand: maximum request units, 0 = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table read / write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New global secondary indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an account or DynamoDB Local first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the update finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 is updated and ACTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::VaultExportDialog</name>
    <message>
        <source>Export vault keys of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the secret access key and session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to save the lines to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save vault keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::views::VaultImportDialog</name>
    <message>
        <source>Import vault keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID=…
AWS_SECRET_ACCESS_KEY=…
AWS_REGION=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the KEY=value lines of a vault key set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo dataset loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
