<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>ItemSize</name>
    <message>
        <source>The item is %1 bytes; DynamoDB&apos;s limit is 400 KB (%2 bytes). Its largest attribute is &quot;%3&quot; at %4 bytes.</source>
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
    <name>Preflight</name>
    <message>
        <source>%1 is not an operation of this service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dyna::app::MainWindow</name>
    <message>
        <source>DynaConsole — %1</source>
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
    <name>dyna::views::TableListPanel</name>
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
    <message>
        <source>Tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This local endpoint has no tables. If you expected some: DynamoDB Local keeps a separate database per access key and region unless it was started with -sharedDb, so tables created by another tool may be invisible here.</source>
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
        <source>Items (approx.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (approx.)</source>
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
