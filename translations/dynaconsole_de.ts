<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiModel</name>
    <message>
        <source>The API model is not valid JSON: %1 at offset %2.</source>
        <translation>Das API-Modell ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The API model has no metadata, shapes or operations.</source>
        <translation>Das API-Modell hat keine Metadaten, Shapes oder Vorgänge.</translation>
    </message>
    <message>
        <source>Shape %1 has an unsupported type &quot;%2&quot;.</source>
        <translation>Shape %1 hat einen nicht unterstützten Typ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Shape %1 has a pattern that cannot be used: %2 (%3).</source>
        <translation>Shape %1 hat ein Muster, das nicht verwendet werden kann: %2 (%3).</translation>
    </message>
    <message>
        <source>List shape %1 has no valid member shape.</source>
        <translation>Listen-Shape %1 hat keine gültige Member-Shape.</translation>
    </message>
    <message>
        <source>Map shape %1 has no valid key or value shape.</source>
        <translation>Map-Shape %1 hat keine gültige Schlüssel- oder Wert-Shape.</translation>
    </message>
    <message>
        <source>Member %1 of shape %2 refers to an unknown shape.</source>
        <translation>Member %1 von Shape %2 verweist auf eine unbekannte Shape.</translation>
    </message>
    <message>
        <source>Map shape %1 has a key shape that is not a string.</source>
        <translation>Map-Shape %1 hat eine Schlüssel-Shape, die kein String ist.</translation>
    </message>
    <message>
        <source>Operation %1 has an input that is not a known structure.</source>
        <translation>Vorgang %1 hat eine Eingabe, die keine bekannte Struktur ist.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must set exactly one of %2; it sets none.</source>
        <translation>%1 muss genau eines von %2 festlegen; es ist keines festgelegt.</translation>
    </message>
    <message>
        <source>%1 must set exactly one of %2; it sets %3: %4.</source>
        <translation>%1 muss genau eines von %2 festlegen; festgelegt sind %3: %4.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2; did you mean %3?</source>
        <translation>%1 ist kein Member von %2; meinten Sie %3?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is not a member of %2, which has no members.</source>
        <translation>%1 ist kein Member von %2; %2 hat keine Member.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2; its members are %3.</source>
        <translation>%1 ist kein Member von %2; die Member sind %3.</translation>
    </message>
    <message>
        <source>%1 must be %2; got %3.</source>
        <translation>%1 muss %2 sein; erhalten: %3.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a timestamp (seconds since 1970 or an ISO 8601 date and time)</source>
        <translation>ein Zeitstempel (Sekunden seit 1970 oder Datum und Uhrzeit nach ISO 8601)</translation>
    </message>
    <message>
        <source>base64-encoded binary data</source>
        <translation>base64-kodierte Binärdaten</translation>
    </message>
    <message>
        <source>a map (an object)</source>
        <translation>eine Map (ein Objekt)</translation>
    </message>
    <message>
        <source>%1 must have at least %2 items; it has %3.</source>
        <translation>%1 muss mindestens %2 Einträge haben; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 items; it has %3.</source>
        <translation>%1 darf höchstens %2 Einträge haben; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 entries; it has %3.</source>
        <translation>%1 muss mindestens %2 Einträge haben; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 entries; it has %3.</source>
        <translation>%1 darf höchstens %2 Einträge haben; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The key of %1</source>
        <translation>Der Schlüssel von %1</translation>
    </message>
    <message>
        <source>; got %1</source>
        <translation>; erhalten: %1</translation>
    </message>
    <message>
        <source>%1 must be one of %2%3.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2%3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long; it has %3.</source>
        <translation>%1 muss mindestens %2 Zeichen lang sein; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long; it has %3.</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must match the pattern %2%3.</source>
        <translation>%1 muss dem Muster %2 entsprechen%3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; got %2.</source>
        <translation>%1 muss eine ganze Zahl sein; erhalten: %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; got %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; erhalten: %4.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; got %3.</source>
        <translation>%1 muss mindestens %2 sein; erhalten: %3.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; got %3.</source>
        <translation>%1 darf höchstens %2 sein; erhalten: %3.</translation>
    </message>
    <message>
        <source>%1 must be base64-encoded binary data; got text that is not base64.</source>
        <translation>%1 muss base64-kodierte Binärdaten enthalten; der Text ist jedoch kein Base64.</translation>
    </message>
    <message>
        <source>%1 must be at least %2 bytes long; it has %3.</source>
        <translation>%1 muss mindestens %2 Bytes lang sein; es sind %3.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 bytes long; it has %3.</source>
        <translation>%1 darf höchstens %2 Bytes lang sein; es sind %3.</translation>
    </message>
    <message>
        <source>%1 is not an operation of %2.</source>
        <translation>%1 ist kein Vorgang von %2.</translation>
    </message>
</context>
<context>
    <name>AssumeRoleProvider</name>
    <message>
        <source>An MFA code is needed to assume the role; none was entered, so nothing was sent.</source>
        <translation>Zum Übernehmen der Rolle ist ein MFA-Code erforderlich; es wurde keiner eingegeben, daher wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>AttributeValue</name>
    <message>
        <source>A string set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation>Ein String-Set darf nicht leer sein; DynamoDB speichert keine leeren Sets.</translation>
    </message>
    <message>
        <source>A number set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation>Ein Zahlen-Set darf nicht leer sein; DynamoDB speichert keine leeren Sets.</translation>
    </message>
    <message>
        <source>A binary set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation>Ein Binär-Set darf nicht leer sein; DynamoDB speichert keine leeren Sets.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The string set contains %1 more than once.</source>
        <translation>Das String-Set enthält %1 mehr als einmal.</translation>
    </message>
    <message>
        <source>The number set contains %1 more than once.</source>
        <translation>Das Zahlen-Set enthält %1 mehr als einmal.</translation>
    </message>
    <message>
        <source>The number set contains the same number twice: %1 and %2.</source>
        <translation>Das Zahlen-Set enthält dieselbe Zahl zweimal: %1 und %2.</translation>
    </message>
    <message>
        <source>The binary set contains the same bytes twice (members %1 and %2).</source>
        <translation>Das Binär-Set enthält dieselben Bytes zweimal (Einträge %1 und %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Lists and maps are nested more than 32 levels deep (counting the item itself); DynamoDB allows 32.</source>
        <translation>Listen und Maps sind mehr als 32 Ebenen tief verschachtelt (das Element selbst mitgezählt); DynamoDB erlaubt 32.</translation>
    </message>
    <message>
        <source>An attribute name cannot be empty.</source>
        <translation>Ein Attributname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Expected an attribute value such as {&quot;S&quot;: &quot;text&quot;} but found %1.</source>
        <translation>Erwartet wurde ein Attributwert wie {&quot;S&quot;: &quot;text&quot;}, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>The attribute value is empty; it needs exactly one type such as &quot;S&quot;, &quot;N&quot; or &quot;M&quot;.</source>
        <translation>Der Attributwert ist leer; er benötigt genau einen Typ wie &quot;S&quot;, &quot;N&quot; oder &quot;M&quot;.</translation>
    </message>
    <message>
        <source>The attribute value has %1 types; it needs exactly one.</source>
        <translation>Der Attributwert hat %1 Typen; er benötigt genau einen.</translation>
    </message>
    <message>
        <source>An item in DynamoDB JSON must be an object of attribute names, such as {&quot;id&quot;: {&quot;S&quot;: &quot;a1&quot;}}, but this is %1.</source>
        <translation>Ein Element in DynamoDB JSON muss ein Objekt aus Attributnamen sein, etwa {&quot;id&quot;: {&quot;S&quot;: &quot;a1&quot;}}, dies ist jedoch %1.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be %2, but it is %3.</source>
        <translation>Der Wert von &quot;%1&quot; muss %2 sein, ist aber %3.</translation>
    </message>
    <message>
        <source>Unknown type %1; expected one of S, N, B, BOOL, NULL, SS, NS, BS, L, M.</source>
        <translation>Unbekannter Typ %1; erwartet wird einer von S, N, B, BOOL, NULL, SS, NS, BS, L, M.</translation>
    </message>
    <message>
        <source>The value of &quot;N&quot; must be a string such as {&quot;N&quot;: &quot;1.5&quot;}, but it is %1.</source>
        <translation>Der Wert von &quot;N&quot; muss ein String wie {&quot;N&quot;: &quot;1.5&quot;} sein, ist aber %1.</translation>
    </message>
    <message>
        <source>A NULL value must be written {&quot;NULL&quot;: true}.</source>
        <translation>Ein NULL-Wert muss als {&quot;NULL&quot;: true} geschrieben werden.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation>ein Base64-String</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Strings</translation>
    </message>
    <message>
        <source>an array of strings holding numbers</source>
        <translation>ein Array von Strings mit Zahlen</translation>
    </message>
    <message>
        <source>an array of base64 strings</source>
        <translation>ein Array von Base64-Strings</translation>
    </message>
    <message>
        <source>an array of attribute values</source>
        <translation>ein Array von Attributwerten</translation>
    </message>
    <message>
        <source>an object of attribute values</source>
        <translation>ein Objekt von Attributwerten</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>Each member of &quot;%1&quot; must be a string, but this one is %2.</source>
        <translation>Jeder Eintrag von &quot;%1&quot; muss ein String sein, dieser ist jedoch %2.</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>its condition was not met</source>
        <translation>seine Bedingung wurde nicht erfüllt</translation>
    </message>
    <message>
        <source>another transaction was changing the same item</source>
        <translation>eine andere Transaktion hat dasselbe Element geändert</translation>
    </message>
    <message>
        <source>its item collection is over the 10 GB limit</source>
        <translation>seine Elementsammlung überschreitet das Limit von 10 GB</translation>
    </message>
    <message>
        <source>the table was throttled</source>
        <translation>die Tabelle wurde gedrosselt</translation>
    </message>
    <message>
        <source>item %1 failed because %2</source>
        <translation>Element %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The transaction was cancelled and nothing was written.</source>
        <translation>Die Transaktion wurde abgebrochen, es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The transaction was cancelled and nothing was written: %1.</source>
        <translation>Die Transaktion wurde abgebrochen, es wurde nichts geschrieben: %1.</translation>
    </message>
    <message>
        <source>%1 The service says: %2</source>
        <translation>%1 Meldung des Dienstes: %2</translation>
    </message>
    <message>
        <source>The credentials have expired: their session token is no longer valid. Refresh the profile&apos;s credentials (assume the role again or get a new session token) and retry.</source>
        <translation>Die Anmeldedaten sind abgelaufen: Ihr Sitzungstoken ist nicht mehr gültig. Aktualisieren Sie die Anmeldedaten des Profils (Rolle erneut übernehmen oder neues Sitzungstoken abrufen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>AWS does not recognise the access key ID or session token. Check the profile&apos;s access key; it may have been deleted, deactivated or belong to another partition.</source>
        <translation>AWS erkennt die Zugriffsschlüssel-ID oder das Sitzungstoken nicht. Prüfen Sie den Zugriffsschlüssel des Profils; er wurde möglicherweise gelöscht oder deaktiviert oder gehört zu einer anderen Partition.</translation>
    </message>
    <message>
        <source>AWS rejected the request as too old. Check that this computer&apos;s clock and time zone are correct.</source>
        <translation>AWS hat die Anfrage als zu alt abgelehnt. Prüfen Sie, ob Uhrzeit und Zeitzone dieses Computers korrekt sind.</translation>
    </message>
    <message>
        <source>AWS rejected the request signature. Check the profile&apos;s secret access key and that this computer&apos;s clock is correct.</source>
        <translation>AWS hat die Signatur der Anfrage abgelehnt. Prüfen Sie den geheimen Zugriffsschlüssel des Profils und ob die Uhrzeit dieses Computers korrekt ist.</translation>
    </message>
    <message>
        <source>The request carried no credentials. Choose a profile with an access key.</source>
        <translation>Die Anfrage enthielt keine Anmeldedaten. Wählen Sie ein Profil mit einem Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to run %1. Ask for the IAM permission or use another profile.</source>
        <translation>Diese Anmeldedaten dürfen %1 nicht ausführen. Fordern Sie die IAM-Berechtigung an oder verwenden Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>This region is not enabled for the account. Enable it in the account settings or choose another region.</source>
        <translation>Diese Region ist für das Konto nicht aktiviert. Aktivieren Sie sie in den Kontoeinstellungen oder wählen Sie eine andere Region.</translation>
    </message>
    <message>
        <source>AWS refused the credentials for %1.</source>
        <translation>AWS hat die Anmeldedaten für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The table does not exist in this account and region.</source>
        <translation>Die Tabelle existiert in diesem Konto und dieser Region nicht.</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>Die Sicherung existiert nicht.</translation>
    </message>
    <message>
        <source>The export does not exist.</source>
        <translation>Der Export existiert nicht.</translation>
    </message>
    <message>
        <source>The import does not exist.</source>
        <translation>Der Import existiert nicht.</translation>
    </message>
    <message>
        <source>The global table does not exist.</source>
        <translation>Die globale Tabelle existiert nicht.</translation>
    </message>
    <message>
        <source>The replica does not exist in that region.</source>
        <translation>Das Replikat existiert in dieser Region nicht.</translation>
    </message>
    <message>
        <source>The resource has no resource-based policy.</source>
        <translation>Die Ressource hat keine ressourcenbasierte Richtlinie.</translation>
    </message>
    <message>
        <source>The index does not exist on this table.</source>
        <translation>Der Index existiert für diese Tabelle nicht.</translation>
    </message>
    <message>
        <source>The stream position expired before it was used; reading must start again from a new shard iterator.</source>
        <translation>Die Stream-Position ist abgelaufen, bevor sie verwendet wurde; das Lesen muss mit einem neuen Shard-Iterator neu beginnen.</translation>
    </message>
    <message>
        <source>The requested stream records are older than 24 hours and have been removed from the stream.</source>
        <translation>Die angeforderten Stream-Datensätze sind älter als 24 Stunden und wurden aus dem Stream entfernt.</translation>
    </message>
    <message>
        <source>The resource that %1 refers to does not exist in this account and region.</source>
        <translation>Die Ressource, auf die %1 verweist, existiert in diesem Konto und dieser Region nicht.</translation>
    </message>
    <message>
        <source>The condition was not met, so the item was not changed.</source>
        <translation>Die Bedingung wurde nicht erfüllt, daher wurde das Element nicht geändert.</translation>
    </message>
    <message>
        <source>Another request was changing the same item at the same time. Try again.</source>
        <translation>Eine andere Anfrage hat gleichzeitig dasselbe Element geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A transaction with the same request token is still in progress. Try again in a few seconds.</source>
        <translation>Eine Transaktion mit demselben Anfragetoken wird noch ausgeführt. Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>This request token was already used for a request with different parameters.</source>
        <translation>Dieses Anfragetoken wurde bereits für eine Anfrage mit anderen Parametern verwendet.</translation>
    </message>
    <message>
        <source>A table with this name already exists.</source>
        <translation>Eine Tabelle mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>An item with the same primary key already exists.</source>
        <translation>Ein Element mit demselben Primärschlüssel existiert bereits.</translation>
    </message>
    <message>
        <source>A global table with this name already exists.</source>
        <translation>Eine globale Tabelle mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The table already has a replica in that region.</source>
        <translation>Die Tabelle hat bereits ein Replikat in dieser Region.</translation>
    </message>
    <message>
        <source>%1 cannot run now because the resource is busy or in a conflicting state.</source>
        <translation>%1 kann jetzt nicht ausgeführt werden, da die Ressource belegt ist oder sich in einem widersprüchlichen Zustand befindet.</translation>
    </message>
    <message>
        <source>The endpoint refused the connection. If it is DynamoDB Local, check that it is running and listening on that port.</source>
        <translation>Der Endpunkt hat die Verbindung abgelehnt. Falls es sich um DynamoDB Local handelt, prüfen Sie, ob es läuft und an diesem Port lauscht.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be found. Check the region or endpoint URL and the network connection.</source>
        <translation>Der Hostname des Endpunkts wurde nicht gefunden. Prüfen Sie die Region oder die Endpunkt-URL sowie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 timed out waiting for the endpoint.</source>
        <translation>Zeitüberschreitung bei %1 beim Warten auf den Endpunkt.</translation>
    </message>
    <message>
        <source>The endpoint closed the connection before answering.</source>
        <translation>Der Endpunkt hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>A secure connection to the endpoint could not be set up. Check the endpoint URL and any proxy or certificate settings.</source>
        <translation>Es konnte keine sichere Verbindung zum Endpunkt hergestellt werden. Prüfen Sie die Endpunkt-URL sowie die Proxy- und Zertifikatseinstellungen.</translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation>Der Netzwerk-Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The endpoint answered %1 with a redirect (HTTP %2). Check the endpoint URL.</source>
        <translation>Der Endpunkt hat auf %1 mit einer Weiterleitung geantwortet (HTTP %2). Prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>A network error stopped %1: %2</source>
        <translation>Ein Netzwerkfehler hat %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 was not sent because %2 is not valid: %3</source>
        <translation>%1 wurde nicht gesendet, da %2 ungültig ist: %3</translation>
    </message>
    <message>
        <source>%1 was rejected as invalid.</source>
        <translation>%1 wurde als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>%1 was rejected as invalid: %2</source>
        <translation>%1 wurde als ungültig abgelehnt: %2</translation>
    </message>
    <message>
        <source>DynamoDB is throttling %1: the table or index needs more read or write capacity than it has. Try again later or raise its capacity.</source>
        <translation>DynamoDB drosselt %1: Die Tabelle oder der Index benötigt mehr Lese- oder Schreibkapazität als vorhanden. Versuchen Sie es später erneut oder erhöhen Sie die Kapazität.</translation>
    </message>
    <message>
        <source>The account&apos;s throughput quota for this region is used up. Try again later or ask AWS for a higher quota.</source>
        <translation>Das Durchsatzkontingent des Kontos für diese Region ist ausgeschöpft. Versuchen Sie es später erneut oder beantragen Sie bei AWS ein höheres Kontingent.</translation>
    </message>
    <message>
        <source>AWS is throttling requests for %1. Wait a moment and try again.</source>
        <translation>AWS drosselt Anfragen für %1. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The items sharing this partition key exceed the 10 GB limit of a table with a local secondary index.</source>
        <translation>Die Elemente mit diesem Partitionsschlüssel überschreiten das Limit von 10 GB einer Tabelle mit lokalem sekundärem Index.</translation>
    </message>
    <message>
        <source>The request for %1 is too large for the endpoint.</source>
        <translation>Die Anfrage für %1 ist zu groß für den Endpunkt.</translation>
    </message>
    <message>
        <source>%1 reached an AWS quota.</source>
        <translation>%1 hat ein AWS-Kontingent erreicht.</translation>
    </message>
    <message>
        <source>The response to %1 was damaged in transit.</source>
        <translation>Die Antwort auf %1 wurde bei der Übertragung beschädigt.</translation>
    </message>
    <message>
        <source>AWS had a temporary problem with %1. Try again.</source>
        <translation>AWS hatte ein vorübergehendes Problem mit %1. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This endpoint does not support %1. DynamoDB Local implements tables, items, queries, transactions, PartiQL, TTL and Streams, but not backups, point-in-time recovery, exports, imports, global tables, tags, resource policies, Kinesis streaming destinations or contributor insights.</source>
        <translation>Dieser Endpunkt unterstützt %1 nicht. DynamoDB Local implementiert Tabellen, Elemente, Abfragen, Transaktionen, PartiQL, TTL und Streams, aber keine Sicherungen, Point-in-Time-Wiederherstellung, Exporte, Importe, globalen Tabellen, Tags, Ressourcenrichtlinien, Kinesis-Streaming-Ziele oder Contributor Insights.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>AWS did not accept the MFA code. Enter the current code of the MFA device and try again.</source>
        <translation>AWS hat den MFA-Code nicht akzeptiert. Geben Sie den aktuellen Code des MFA-Geräts ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The response to %1 could not be read: it is not the JSON object DynamoDB sends.</source>
        <translation>Die Antwort auf %1 konnte nicht gelesen werden: Sie ist nicht das JSON-Objekt, das DynamoDB sendet.</translation>
    </message>
    <message>
        <source>The response to %1 could not be read: it is not valid JSON (%2).</source>
        <translation>Die Antwort auf %1 konnte nicht gelesen werden: Sie ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>The response to %1 is larger than %2 MB, far more than AWS sends; it was not read.</source>
        <translation>Die Antwort auf %1 ist größer als %2 MB, weit mehr als AWS sendet; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 100 backups.</source>
        <translation>Die Seitengröße muss zwischen 1 und 100 Sicherungen liegen.</translation>
    </message>
    <message>
        <source>The new table name must be 3 to 255 letters, digits, underscores (_), hyphens (-) or dots (.).</source>
        <translation>Der neue Tabellenname muss aus 3 bis 255 Buchstaben, Ziffern, Unterstrichen (_), Bindestrichen (-) oder Punkten (.) bestehen.</translation>
    </message>
    <message>
        <source>Provisioned capacity needs at least 1 read and 1 write capacity unit.</source>
        <translation>Bereitgestellte Kapazität braucht mindestens 1 Lese- und 1 Schreibkapazitätseinheit.</translation>
    </message>
    <message>
        <source>The source table has no global secondary index named %1.</source>
        <translation>Die Quelltabelle hat keinen globalen sekundären Index namens %1.</translation>
    </message>
    <message>
        <source>The source table has no local secondary index named %1.</source>
        <translation>Die Quelltabelle hat keinen lokalen sekundären Index namens %1.</translation>
    </message>
    <message>
        <source>Enter the KMS key (ID, ARN or alias) to encrypt the new table with.</source>
        <translation>Geben Sie den KMS-Schlüssel (ID, ARN oder Alias) ein, mit dem die neue Tabelle verschlüsselt wird.</translation>
    </message>
</context>
<context>
    <name>BatchWriteJob</name>
    <message numerus="yes">
        <source>%n item(s) were still unprocessed after %1 attempts; the table is throttling writes.</source>
        <translation>
            <numerusform>%n Element war nach %1 Versuchen noch unverarbeitet; die Tabelle drosselt Schreibvorgänge.</numerusform>
            <numerusform>%n Elemente waren nach %1 Versuchen noch unverarbeitet; die Tabelle drosselt Schreibvorgänge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointStore</name>
    <message>
        <source>Could not read the stream checkpoints in %1: %2</source>
        <translation>Die Stream-Checkpoints in %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The stream checkpoints in %1 are not valid JSON (%2); reading starts without them.</source>
        <translation>Die Stream-Checkpoints in %1 sind kein gültiges JSON (%2); das Lesen beginnt ohne sie.</translation>
    </message>
    <message>
        <source>Could not save the stream checkpoints to %1: %2</source>
        <translation>Die Stream-Checkpoints konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration console for Amazon DynamoDB.</source>
        <translation>Administrationskonsole für Amazon DynamoDB.</translation>
    </message>
    <message>
        <source>Connect to this endpoint, e.g. DynamoDB Local at http://127.0.0.1:8000 (the default).</source>
        <translation>Mit diesem Endpunkt verbinden, z. B. DynamoDB Local unter http://127.0.0.1:8000 (Standard).</translation>
    </message>
    <message>
        <source>Region to sign requests for.</source>
        <translation>Region, für die Anfragen signiert werden.</translation>
    </message>
    <message>
        <source>Load the demo dataset when the endpoint has no tables.</source>
        <translation>Demo-Datensatz laden, wenn der Endpunkt keine Tabellen hat.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file once the tables are listed, then quit.</source>
        <translation>Sobald die Tabellen aufgelistet sind, einen Screenshot des Fensters in dieser PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Benchmark: open this table, print how many milliseconds after the start the table list, the table and its first items were shown, then quit. Uses no saved settings.</source>
        <translation>Benchmark: diese Tabelle öffnen, ausgeben, wie viele Millisekunden nach dem Start die Tabellenliste, die Tabelle und ihre ersten Elemente angezeigt wurden, dann beenden. Verwendet keine gespeicherten Einstellungen.</translation>
    </message>
    <message>
        <source>Not a valid endpoint URL: %1</source>
        <translation>Keine gültige Endpunkt-URL: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No access key id and secret access key are set for this connection.</source>
        <translation>Für diese Verbindung sind keine Zugriffsschlüssel-ID und kein geheimer Zugriffsschlüssel festgelegt.</translation>
    </message>
</context>
<context>
    <name>DecimalNumber</name>
    <message>
        <source>The number is empty; write at least one digit.</source>
        <translation>Die Zahl ist leer; geben Sie mindestens eine Ziffer ein.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 has more than 38 significant digits, the most DynamoDB keeps.</source>
        <translation>%1 hat mehr als 38 signifikante Stellen, das Maximum, das DynamoDB speichert.</translation>
    </message>
    <message>
        <source>%1 is too large: DynamoDB numbers must be smaller in magnitude than 1E+126.</source>
        <translation>%1 ist zu groß: Der Betrag von DynamoDB-Zahlen muss kleiner als 1E+126 sein.</translation>
    </message>
    <message>
        <source>%1 is too close to zero: the smallest non-zero DynamoDB number is 1E-130.</source>
        <translation>%1 liegt zu nahe an null: Die kleinste von null verschiedene DynamoDB-Zahl ist 1E-130.</translation>
    </message>
</context>
<context>
    <name>DocumentConverter</name>
    <message>
        <source>An attribute name cannot be empty.</source>
        <translation>Ein Attributname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 marks a tagged value and must be the only key of its object; for an attribute named %1, write &quot;$%2&quot;.</source>
        <translation>%1 kennzeichnet einen typisierten Wert und muss der einzige Schlüssel seines Objekts sein; schreiben Sie für ein Attribut namens %1 &quot;$%2&quot;.</translation>
    </message>
    <message>
        <source>The attribute %1 appears twice in this object.</source>
        <translation>Das Attribut %1 kommt in diesem Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>Lists and maps are nested more than 32 levels deep (counting the item itself); DynamoDB allows 32.</source>
        <translation>Listen und Maps sind mehr als 32 Ebenen tief verschachtelt (das Element selbst mitgezählt); DynamoDB erlaubt 32.</translation>
    </message>
    <message>
        <source>The value of &quot;$B&quot; must be a base64 string, but it is %1.</source>
        <translation>Der Wert von &quot;$B&quot; muss ein Base64-String sein, ist aber %1.</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The value of %1 must be an array, but it is %2.</source>
        <translation>Der Wert von %1 muss ein Array sein, ist aber %2.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation>ein Base64-String</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>Each member of %1 must be %2, but this one is %3.</source>
        <translation>Jeder Eintrag von %1 muss %2 sein, dieser ist jedoch %3.</translation>
    </message>
    <message>
        <source>An item must be a JSON object of attribute names, such as {&quot;id&quot;: &quot;a1&quot;}, but this is %1.</source>
        <translation>Ein Element muss ein JSON-Objekt aus Attributnamen sein, etwa {&quot;id&quot;: &quot;a1&quot;}, dies ist jedoch %1.</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>The endpoint URL &quot;%1&quot; must start with http:// or https://.</source>
        <translation>Die Endpunkt-URL &quot;%1&quot; muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; has no host name.</source>
        <translation>Die Endpunkt-URL &quot;%1&quot; hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The endpoint URL must not contain a user name or password; credentials belong in the profile.</source>
        <translation>Die Endpunkt-URL darf keinen Benutzernamen und kein Passwort enthalten; Anmeldedaten gehören ins Profil.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; must have no path, query or fragment: give only the scheme, host and port, such as http://127.0.0.1:8000.</source>
        <translation>Die Endpunkt-URL &quot;%1&quot; darf keinen Pfad, keine Abfragezeichenfolge und kein Fragment enthalten: Geben Sie nur Schema, Host und Port an, etwa http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>FIPS and dual-stack endpoints cannot be combined with an explicit endpoint URL. Turn them off or remove the endpoint URL.</source>
        <translation>FIPS- und Dual-Stack-Endpunkte können nicht mit einer expliziten Endpunkt-URL kombiniert werden. Deaktivieren Sie sie oder entfernen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the signing region: use letters, digits and hyphens only, such as us-east-1.</source>
        <translation>&quot;%1&quot; kann nicht als Signaturregion verwendet werden: Verwenden Sie nur Buchstaben, Ziffern und Bindestriche, etwa us-east-1.</translation>
    </message>
    <message>
        <source>The global STS endpoint has no FIPS or dual-stack variant; use the regional STS endpoint.</source>
        <translation>Der globale STS-Endpunkt hat keine FIPS- oder Dual-Stack-Variante; verwenden Sie den regionalen STS-Endpunkt.</translation>
    </message>
    <message>
        <source>No region is set. Choose a region such as us-east-1, or set an endpoint URL such as http://127.0.0.1:8000 for DynamoDB Local.</source>
        <translation>Es ist keine Region festgelegt. Wählen Sie eine Region wie us-east-1 oder legen Sie eine Endpunkt-URL wie http://127.0.0.1:8000 für DynamoDB Local fest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name; expected a name such as us-east-1.</source>
        <translation>&quot;%1&quot; ist kein gültiger AWS-Regionsname; erwartet wird ein Name wie us-east-1.</translation>
    </message>
    <message>
        <source>Dual-stack endpoints are not available in region %1 (partition %2).</source>
        <translation>Dual-Stack-Endpunkte sind in Region %1 (Partition %2) nicht verfügbar.</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: without TLS anyone on the network can read the items and replay or alter the signed requests. Use https://, or allow plain HTTP for this connection only on a network you trust.</source>
        <translation>Kein unverschlüsseltes HTTP zu %1: Ohne TLS kann jeder im Netzwerk die Elemente lesen und die signierten Anfragen wiederholen oder verändern. Verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP für diese Verbindung nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY ist festgelegt, AWS_ACCESS_KEY_ID jedoch nicht.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist festgelegt, AWS_SECRET_ACCESS_KEY jedoch nicht.</translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The text is empty; expected a JSON value.</source>
        <translation>Der Text ist leer; erwartet wird ein JSON-Wert.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value.</source>
        <translation>Nach dem Ende des JSON-Werts folgt unerwartet %1.</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>das Ende des Textes</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>byte 0x%1, which is not valid UTF-8</source>
        <translation>das Byte 0x%1, das kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>Unexpected end of the text; expected a value.</source>
        <translation>Unerwartetes Ende des Textes; erwartet wird ein Wert.</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Das JSON ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>Strings must be in double quotes, not single quotes.</source>
        <translation>Strings müssen in doppelten statt in einfachen Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>A number may not start with &quot;+&quot;.</source>
        <translation>Eine Zahl darf nicht mit &quot;+&quot; beginnen.</translation>
    </message>
    <message>
        <source>A number needs a digit before the decimal point.</source>
        <translation>Eine Zahl benötigt eine Ziffer vor dem Dezimalpunkt.</translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation>Erwartet wurde ein Wert, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers.</source>
        <translation>NaN und Infinity sind keine JSON-Zahlen.</translation>
    </message>
    <message>
        <source>Unexpected word &quot;%1&quot;: text must be in double quotes; only true, false and null are written without them.</source>
        <translation>Unerwartetes Wort &quot;%1&quot;: Text muss in doppelten Anführungszeichen stehen; nur true, false und null werden ohne sie geschrieben.</translation>
    </message>
    <message>
        <source>Expected a digit after &quot;-&quot; but found %1.</source>
        <translation>Nach &quot;-&quot; wurde eine Ziffer erwartet, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>Numbers may not have leading zeros (write 7, not 07).</source>
        <translation>Zahlen dürfen keine führenden Nullen haben (schreiben Sie 7, nicht 07).</translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation>Nach dem Dezimalpunkt wurde eine Ziffer erwartet, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>Expected a digit in the exponent but found %1.</source>
        <translation>Im Exponenten wurde eine Ziffer erwartet, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits.</source>
        <translation>Ein \u-Escape benötigt vier Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>This string is never closed with a double quote.</source>
        <translation>Dieser String wird nie mit einem doppelten Anführungszeichen abgeschlossen.</translation>
    </message>
    <message>
        <source>A string may not contain %1; write it as an escape such as \n or \t.</source>
        <translation>In einem String ist %1 nicht erlaubt; schreiben Sie es als Escape-Sequenz wie \n oder \t.</translation>
    </message>
    <message>
        <source>Unexpected end of the text inside an escape sequence.</source>
        <translation>Unerwartetes Ende des Textes innerhalb einer Escape-Sequenz.</translation>
    </message>
    <message>
        <source>Unknown escape sequence \%1 in a string.</source>
        <translation>Unbekannte Escape-Sequenz \%1 in einem String.</translation>
    </message>
    <message>
        <source>The escape \u%1 is half of a surrogate pair without its first half.</source>
        <translation>Das Escape \u%1 ist die zweite Hälfte eines Surrogatpaars ohne dessen erste Hälfte.</translation>
    </message>
    <message>
        <source>The escape \u%1 is half of a surrogate pair; it must be followed by a \uDC00-\uDFFF escape.</source>
        <translation>Das Escape \u%1 ist die erste Hälfte eines Surrogatpaars; darauf muss ein Escape \uDC00-\uDFFF folgen.</translation>
    </message>
    <message>
        <source>Remove the comma before &quot;}&quot;: JSON does not allow a trailing comma.</source>
        <translation>Entfernen Sie das Komma vor &quot;}&quot;: JSON erlaubt kein abschließendes Komma.</translation>
    </message>
    <message>
        <source>Keys must be in double quotes, not single quotes.</source>
        <translation>Schlüssel müssen in doppelten statt in einfachen Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes but found %1.</source>
        <translation>Erwartet wurde ein Schlüssel in doppelten Anführungszeichen, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this object.</source>
        <translation>Der Schlüssel &quot;%1&quot; kommt in diesem Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after the key &quot;%1&quot; but found %2.</source>
        <translation>Nach dem Schlüssel &quot;%1&quot; wurde &quot;:&quot; erwartet, gefunden wurde jedoch %2.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; after an object member but found %1.</source>
        <translation>Nach einem Objekt-Member wurde &quot;,&quot; oder &quot;}&quot; erwartet, gefunden wurde jedoch %1.</translation>
    </message>
    <message>
        <source>Remove the comma before &quot;]&quot;: JSON does not allow a trailing comma.</source>
        <translation>Entfernen Sie das Komma vor &quot;]&quot;: JSON erlaubt kein abschließendes Komma.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;]&quot; after an array element but found %1.</source>
        <translation>Nach einem Array-Element wurde &quot;,&quot; oder &quot;]&quot; erwartet, gefunden wurde jedoch %1.</translation>
    </message>
</context>
<context>
    <name>ExportSpec</name>
    <message>
        <source>Choose the table to export.</source>
        <translation>Wählen Sie die zu exportierende Tabelle.</translation>
    </message>
    <message>
        <source>Enter the S3 bucket the export is written to.</source>
        <translation>Geben Sie den S3-Bucket ein, in den der Export geschrieben wird.</translation>
    </message>
    <message>
        <source>An S3 bucket name has at most 255 characters.</source>
        <translation>Ein S3-Bucket-Name hat höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>The S3 prefix has at most 1024 characters.</source>
        <translation>Das S3-Präfix hat höchstens 1024 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the KMS key that encrypts the exported objects.</source>
        <translation>Geben Sie den KMS-Schlüssel ein, der die exportierten Objekte verschlüsselt.</translation>
    </message>
    <message>
        <source>The export time must not be in the future.</source>
        <translation>Der Exportzeitpunkt darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>An incremental export needs the time it starts from.</source>
        <translation>Ein inkrementeller Export benötigt den Zeitpunkt, ab dem er beginnt.</translation>
    </message>
    <message>
        <source>The export window must lie in the past.</source>
        <translation>Das Exportzeitfenster muss in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>The start of the export window must be before its end.</source>
        <translation>Der Beginn des Exportzeitfensters muss vor dessen Ende liegen.</translation>
    </message>
    <message>
        <source>An incremental export covers at least 15 minutes.</source>
        <translation>Ein inkrementeller Export umfasst mindestens 15 Minuten.</translation>
    </message>
    <message>
        <source>An incremental export covers at most 24 hours.</source>
        <translation>Ein inkrementeller Export umfasst höchstens 24 Stunden.</translation>
    </message>
</context>
<context>
    <name>GlobalTables</name>
    <message>
        <source>Table %1 has no stream. A replica needs the table&apos;s stream enabled with new and old images (NEW_AND_OLD_IMAGES); enable it in Update table first.</source>
        <translation>Tabelle %1 hat keinen Stream. Ein Replikat benötigt den Stream der Tabelle mit neuen und alten Images (NEW_AND_OLD_IMAGES); aktivieren Sie ihn zuerst unter „Tabelle ändern“.</translation>
    </message>
    <message>
        <source>The stream of table %1 records %2. A replica needs new and old images (NEW_AND_OLD_IMAGES); change the stream in Update table first.</source>
        <translation>Der Stream von Tabelle %1 zeichnet %2 auf. Ein Replikat benötigt neue und alte Images (NEW_AND_OLD_IMAGES); ändern Sie den Stream zuerst unter „Tabelle ändern“.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name; expected a name such as us-east-1.</source>
        <translation>&quot;%1&quot; ist kein gültiger AWS-Regionsname; erwartet wird ein Name wie us-east-1.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The item has no &quot;%1&quot;, which is part of the table&apos;s key.</source>
        <translation>Dem Element fehlt &quot;%1&quot;, das zum Schlüssel der Tabelle gehört.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the table&apos;s key and must be of type %2, but it is of type %3.</source>
        <translation>&quot;%1&quot; gehört zum Schlüssel der Tabelle und muss vom Typ %2 sein, ist aber vom Typ %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the table&apos;s key and cannot be empty.</source>
        <translation>&quot;%1&quot; gehört zum Schlüssel der Tabelle und darf nicht leer sein.</translation>
    </message>
    <message>
        <source>DynamoDB did not say what the key of table &quot;%1&quot; is.</source>
        <translation>DynamoDB hat den Schlüssel der Tabelle &quot;%1&quot; nicht genannt.</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>Enter the S3 bucket to import from.</source>
        <translation>Geben Sie den S3-Bucket ein, aus dem importiert wird.</translation>
    </message>
    <message>
        <source>An S3 bucket name has at most 255 characters.</source>
        <translation>Ein S3-Bucket-Name hat höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>The key prefix has at most 1024 characters.</source>
        <translation>Das Schlüsselpräfix hat höchstens 1024 Zeichen.</translation>
    </message>
    <message>
        <source>The CSV delimiter is a single character.</source>
        <translation>Das CSV-Trennzeichen ist ein einzelnes Zeichen.</translation>
    </message>
    <message>
        <source>A delimiter and a header list apply to CSV files only.</source>
        <translation>Trennzeichen und Kopfzeilenliste gelten nur für CSV-Dateien.</translation>
    </message>
    <message>
        <source>A CSV header list has at most 255 columns.</source>
        <translation>Eine CSV-Kopfzeilenliste hat höchstens 255 Spalten.</translation>
    </message>
    <message>
        <source>Every column of the CSV header list needs a name.</source>
        <translation>Jede Spalte der CSV-Kopfzeilenliste benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An import cannot create local secondary indexes.</source>
        <translation>Ein Import kann keine lokalen sekundären Indizes erstellen.</translation>
    </message>
    <message>
        <source>An import creates a standard table without stream, tags or deletion protection; change those after the import.</source>
        <translation>Ein Import erstellt eine Standardtabelle ohne Stream, Tags oder Löschschutz; ändern Sie diese nach dem Import.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>A BOOL value is either true or false.</source>
        <translation>Ein BOOL-Wert ist entweder true oder false.</translation>
    </message>
</context>
<context>
    <name>ItemFileFormat</name>
    <message>
        <source>A quoted cell is never closed.</source>
        <translation>Eine Zelle in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Cell %1 has text after its closing quote.</source>
        <translation>Zelle %1 enthält Text nach ihrem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Cell %1 contains a quote but does not start with one; quote the whole cell and double the quotes inside it.</source>
        <translation>Zelle %1 enthält ein Anführungszeichen, beginnt aber nicht mit einem; setzen Sie die ganze Zelle in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>The header row is not valid, so no rows were read: %1</source>
        <translation>Die Kopfzeile ist ungültig, daher wurden keine Zeilen gelesen: %1</translation>
    </message>
    <message>
        <source>Column %1 is not valid UTF-8.</source>
        <translation>Spalte %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>Spalte %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The attribute &quot;%1&quot; has two columns.</source>
        <translation>Das Attribut &quot;%1&quot; hat zwei Spalten.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on this line is never closed.</source>
        <translation>Eine Zelle in Anführungszeichen, die in dieser Zeile beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>The line is %1, not an item object.</source>
        <translation>Die Zeile ist %1, kein Element-Objekt.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns.</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile aber %2 Spalten.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Spalte &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The cell is not valid UTF-8.</source>
        <translation>Die Zelle ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64.</source>
        <translation>&quot;%1&quot; ist kein Base64.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>&quot;%1&quot; ist weder true noch false.</translation>
    </message>
    <message>
        <source>The cell is not JSON (character %1: %2)</source>
        <translation>Die Zelle ist kein JSON (Zeichen %1: %2)</translation>
    </message>
    <message>
        <source>The value is of type %1, but the column holds type %2.</source>
        <translation>Der Wert ist vom Typ %1, die Spalte enthält aber den Typ %2.</translation>
    </message>
</context>
<context>
    <name>ItemFileWriter</name>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ItemPoller</name>
    <message>
        <source>The connection to %1 was closed; reconnect to poll it.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen; stellen Sie die Verbindung wieder her, um das Polling fortzusetzen.</translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 names no key attributes, so it cannot tell the table&apos;s items apart.</source>
        <translation>Der itemPolled-Trigger für %1 nennt keine Schlüsselattribute und kann die Elemente der Tabelle daher nicht unterscheiden.</translation>
    </message>
    <message>
        <source>An item of %1 has no attribute &quot;%2&quot;: check the key attributes of the itemPolled trigger.</source>
        <translation>Ein Element von %1 hat kein Attribut &quot;%2&quot;: Prüfen Sie die Schlüsselattribute des itemPolled-Triggers.</translation>
    </message>
    <message>
        <source>Each poll scans the whole table: about %1 read capacity units per poll, %2 polls an hour, about %3 read capacity units an hour. A scan cannot tell a removed item from one it missed, so removals are not reported reliably: prefer a stream-backed trigger when the table can have a stream.</source>
        <translation>Jeder Abruf scannt die gesamte Tabelle: etwa %1 Lesekapazitätseinheiten pro Abruf, %2 Abrufe pro Stunde, etwa %3 Lesekapazitätseinheiten pro Stunde. Ein Scan kann ein entferntes Element nicht von einem übersehenen unterscheiden, daher werden Entfernungen nicht zuverlässig gemeldet: Verwenden Sie nach Möglichkeit einen Stream-basierten Trigger, wenn die Tabelle einen Stream haben kann.</translation>
    </message>
</context>
<context>
    <name>ItemSize</name>
    <message>
        <source>The item is %1 bytes; DynamoDB&apos;s limit is 400 KB (%2 bytes). Its largest attribute is &quot;%3&quot; at %4 bytes.</source>
        <translation>Das Element ist %1 Bytes groß; das Limit von DynamoDB ist 400 KB (%2 Bytes). Sein größtes Attribut ist &quot;%3&quot; mit %4 Bytes.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <source>%1 (%n bytes)</source>
        <translation>
            <numerusform>%1 (%n Byte)</numerusform>
            <numerusform>%1 (%n Byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (PK)</source>
        <translation>%1 (PK)</translation>
    </message>
    <message>
        <source>%1 (SK)</source>
        <translation>%1 (SK)</translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n attributes}</source>
        <translation>
            <numerusform>{%n Attribut}</numerusform>
            <numerusform>{%n Attribute}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemWrite</name>
    <message>
        <source>The key attribute &quot;%1&quot; is missing; every item needs its full primary key.</source>
        <translation>Das Schlüsselattribut &quot;%1&quot; fehlt; jedes Element benötigt seinen vollständigen Primärschlüssel.</translation>
    </message>
    <message>
        <source>The key attribute &quot;%1&quot; was changed. A saved item keeps its key; use Duplicate to store a copy under a new key.</source>
        <translation>Das Schlüsselattribut &quot;%1&quot; wurde geändert. Ein gespeichertes Element behält seinen Schlüssel; verwenden Sie „Duplizieren“, um eine Kopie unter einem neuen Schlüssel zu speichern.</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;DynamoDB JSON, one item per line (*.json)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv);;DynamoDB JSON, ein Element pro Zeile (*.json)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>KeychainQueue</name>
    <message>
        <source>The keychain has no entry named %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag namens %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). It may be locked. Secrets can be kept in memory for this session only.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1). Er ist möglicherweise gesperrt. Geheimnisse können nur für diese Sitzung im Arbeitsspeicher gehalten werden.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets can be kept in memory for this session only.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (%1). Geheimnisse können nur für diese Sitzung im Arbeitsspeicher gehalten werden.</translation>
    </message>
    <message>
        <source>The keychain failed on entry %1: %2</source>
        <translation>Fehler des Schlüsselbunds bei Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>KinesisDestinations</name>
    <message>
        <source>Enter the ARN of a Kinesis data stream.</source>
        <translation>Geben Sie den ARN eines Kinesis-Datenstreams ein.</translation>
    </message>
    <message>
        <source>The stream must be given by its ARN, for example arn:aws:kinesis:us-east-1:123456789012:stream/orders, not by its name.</source>
        <translation>Der Stream muss über seinen ARN angegeben werden, etwa arn:aws:kinesis:us-east-1:123456789012:stream/orders, nicht über seinen Namen.</translation>
    </message>
    <message>
        <source>The ARN names a %1 resource, not a Kinesis data stream.</source>
        <translation>Der ARN bezeichnet eine %1-Ressource, keinen Kinesis-Datenstream.</translation>
    </message>
    <message>
        <source>This is not the ARN of a Kinesis data stream: it must look like arn:aws:kinesis:&lt;region&gt;:&lt;12-digit account&gt;:stream/&lt;name&gt;.</source>
        <translation>Dies ist nicht der ARN eines Kinesis-Datenstreams: Er muss die Form arn:aws:kinesis:&lt;Region&gt;:&lt;12-stellige Kontonummer&gt;:stream/&lt;Name&gt; haben.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>This table is on-demand: it has no provisioned capacity, so these quotas do not apply to it.</source>
        <translation>Diese Tabelle ist On-Demand: Sie hat keine bereitgestellte Kapazität, daher gelten diese Kontingente nicht für sie.</translation>
    </message>
    <message>
        <source>Read capacity units (table and its indexes) against the per-table maximum</source>
        <translation>Lesekapazitätseinheiten (Tabelle und ihre Indizes) im Vergleich zum Maximum pro Tabelle</translation>
    </message>
    <message>
        <source>Write capacity units (table and its indexes) against the per-table maximum</source>
        <translation>Schreibkapazitätseinheiten (Tabelle und ihre Indizes) im Vergleich zum Maximum pro Tabelle</translation>
    </message>
    <message>
        <source>Read capacity units against the account maximum in this region</source>
        <translation>Lesekapazitätseinheiten im Vergleich zum Kontomaximum in dieser Region</translation>
    </message>
    <message>
        <source>Write capacity units against the account maximum in this region</source>
        <translation>Schreibkapazitätseinheiten im Vergleich zum Kontomaximum in dieser Region</translation>
    </message>
</context>
<context>
    <name>PaginatedJob</name>
    <message>
        <source>%1 is not a paginated operation.</source>
        <translation>%1 ist kein paginierter Vorgang.</translation>
    </message>
</context>
<context>
    <name>ParallelScanJob</name>
    <message>
        <source>A scan needs at least one segment.</source>
        <translation>Ein Scan braucht mindestens ein Segment.</translation>
    </message>
</context>
<context>
    <name>PartiQL</name>
    <message>
        <source>The statement has no WHERE clause, so it reads every item of %1.</source>
        <translation>Die Anweisung hat keine WHERE-Klausel und liest daher jedes Element von %1.</translation>
    </message>
    <message>
        <source>The WHERE clause has no equality or IN condition on the partition key &quot;%1&quot; that every match must meet, so the statement reads the whole table.</source>
        <translation>Die WHERE-Klausel hat keine Gleichheits- oder IN-Bedingung auf den Partitionsschlüssel &quot;%1&quot;, die jeder Treffer erfüllen muss, daher liest die Anweisung die gesamte Tabelle.</translation>
    </message>
    <message>
        <source>The WHERE clause has no equality or IN condition on the partition key &quot;%1&quot; of the index &quot;%2&quot; that every match must meet, so the statement reads the whole index.</source>
        <translation>Die WHERE-Klausel hat keine Gleichheits- oder IN-Bedingung auf den Partitionsschlüssel &quot;%1&quot; des Index &quot;%2&quot;, die jeder Treffer erfüllen muss, daher liest die Anweisung den gesamten Index.</translation>
    </message>
</context>
<context>
    <name>PartiqlPanel</name>
    <message>
        <source>The value is not base64 text.</source>
        <translation>Der Wert ist kein Base64-Text.</translation>
    </message>
    <message>
        <source>Type true or false.</source>
        <translation>Geben Sie true oder false ein.</translation>
    </message>
</context>
<context>
    <name>PointInTimeRestore</name>
    <message>
        <source>Point-in-time recovery is off for this table: turn it on before restoring to a point in time.</source>
        <translation>Die Point-in-Time-Wiederherstellung ist für diese Tabelle deaktiviert: Aktivieren Sie sie, bevor Sie auf einen Zeitpunkt wiederherstellen.</translation>
    </message>
    <message>
        <source>Choose a time between %1 and %2, the window this table can be restored to.</source>
        <translation>Wählen Sie einen Zeitpunkt zwischen %1 und %2, dem Zeitfenster, auf das diese Tabelle wiederhergestellt werden kann.</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>The policy is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Richtlinie ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>%1 (Sid &quot;%2&quot;)</source>
        <translation>%1 (Sid &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has no %2 (or %3).</source>
        <translation>%1 hat kein %2 (oder %3).</translation>
    </message>
    <message>
        <source>%1 has both %2 and %3; use only one.</source>
        <translation>%1 hat sowohl %2 als auch %3; verwenden Sie nur eines.</translation>
    </message>
    <message>
        <source>In %1, %2 must be &quot;*&quot; or an object such as {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:root&quot;}.</source>
        <translation>In %1 muss %2 &quot;*&quot; oder ein Objekt wie {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:root&quot;} sein.</translation>
    </message>
    <message>
        <source>In %1, %2 must be a string or a non-empty list of strings.</source>
        <translation>In %1 muss %2 ein String oder eine nicht leere Liste von Strings sein.</translation>
    </message>
    <message>
        <source>Statement[%1] is not an object.</source>
        <translation>Statement[%1] ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has an unknown element &quot;%2&quot;.</source>
        <translation>%1 hat ein unbekanntes Element &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has a Sid that is not a string.</source>
        <translation>%1 hat eine Sid, die kein String ist.</translation>
    </message>
    <message>
        <source>%1 has no Effect.</source>
        <translation>%1 hat kein Effect.</translation>
    </message>
    <message>
        <source>that is not a string</source>
        <translation>einen Wert, der kein String ist</translation>
    </message>
    <message>
        <source>%1 has Effect %2; use &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>%1 hat als Effect %2; verwenden Sie &quot;Allow&quot; oder &quot;Deny&quot;.</translation>
    </message>
    <message>
        <source>%1 has a Condition that is not an object.</source>
        <translation>%1 hat eine Condition, die kein Objekt ist.</translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation>Die Richtlinie ist leer.</translation>
    </message>
    <message>
        <source>The policy is %1 bytes; DynamoDB accepts at most 20 KB (%2 bytes), whitespace included.</source>
        <translation>Die Richtlinie ist %1 Bytes groß; DynamoDB akzeptiert höchstens 20 KB (%2 Bytes), Leerraum eingeschlossen.</translation>
    </message>
    <message>
        <source>The policy must be a JSON object with Version and Statement.</source>
        <translation>Die Richtlinie muss ein JSON-Objekt mit Version und Statement sein.</translation>
    </message>
    <message>
        <source>The policy has an unknown top-level element &quot;%1&quot;.</source>
        <translation>Die Richtlinie hat ein unbekanntes Element &quot;%1&quot; auf oberster Ebene.</translation>
    </message>
    <message>
        <source>The policy has no Version; use &quot;2012-10-17&quot;.</source>
        <translation>Die Richtlinie hat keine Version; verwenden Sie &quot;2012-10-17&quot;.</translation>
    </message>
    <message>
        <source>The policy&apos;s Version must be &quot;2012-10-17&quot; (or the older &quot;2008-10-17&quot;).</source>
        <translation>Die Version der Richtlinie muss &quot;2012-10-17&quot; (oder das ältere &quot;2008-10-17&quot;) sein.</translation>
    </message>
    <message>
        <source>The policy has no Statement.</source>
        <translation>Die Richtlinie hat kein Statement.</translation>
    </message>
    <message>
        <source>The policy&apos;s Statement must be an object or a list of objects.</source>
        <translation>Das Statement der Richtlinie muss ein Objekt oder eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <source>The policy&apos;s Statement list is empty.</source>
        <translation>Die Statement-Liste der Richtlinie ist leer.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is not an operation of this service.</source>
        <translation>%1 ist kein Vorgang dieses Dienstes.</translation>
    </message>
</context>
<context>
    <name>ProcessCredentialsProvider</name>
    <message>
        <source>The credential_process command line ends with a backslash.</source>
        <translation>Die credential_process-Befehlszeile endet mit einem Backslash.</translation>
    </message>
    <message>
        <source>The credential_process command line has a quote at position %1 that is never closed.</source>
        <translation>Die credential_process-Befehlszeile enthält an Position %1 ein Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>The credential_process command line is empty.</source>
        <translation>Die credential_process-Befehlszeile ist leer.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; could not be started: %2.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; did not finish within %2 seconds and was stopped.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; wurde nicht innerhalb von %2 Sekunden beendet und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; crashed.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; ist abgestürzt.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; failed with exit code %2.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; failed with exit code %2: %3</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; did not print a JSON object.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; hat kein JSON-Objekt ausgegeben.</translation>
    </message>
    <message>
        <source>a Version that is not a number</source>
        <translation>eine nicht numerische Version</translation>
    </message>
    <message>
        <source>no Version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot;</source>
        <translation>Version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed %2; only Version 1 is supported.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; hat %2 ausgegeben; nur Version 1 wird unterstützt.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed no %2.</source>
        <translation>In der Ausgabe des credential_process-Befehls &apos;%1&apos; fehlt: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: %2.</source>
        <translation>Der credential_process-Befehl &apos;%1&apos; hat eine Expiration ausgegeben, die keine ISO-8601-Zeitangabe ist: %2.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <source>%1 is not a vault key DynaConsole knows.</source>
        <translation>%1 ist kein Vault-Schlüssel, den DynaConsole kennt.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>%1 fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a valid region name: &quot;%2&quot;.</source>
        <translation>%1 ist kein gültiger Regionsname: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>%1 needs AWS_ASSUME_ROLE_ARN as well.</source>
        <translation>%1 benötigt zusätzlich AWS_ASSUME_ROLE_ARN.</translation>
    </message>
    <message>
        <source>%1 is not a role ARN such as arn:aws:iam::123456789012:role/Name.</source>
        <translation>%1 ist kein Rollen-ARN wie arn:aws:iam::123456789012:role/Name.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from %2 to %3; got &quot;%4&quot;.</source>
        <translation>%1 muss eine Anzahl Sekunden von %2 bis %3 sein; erhalten: &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a valid AWS region name such as us-east-1.</source>
        <translation>Die Region &quot;%1&quot; ist kein gültiger AWS-Regionsname wie us-east-1.</translation>
    </message>
    <message>
        <source>Line %1 is not of the form KEY=value.</source>
        <translation>Zeile %1 hat nicht die Form KEY=value.</translation>
    </message>
    <message>
        <source>%1 on line %2 was already set on line %3.</source>
        <translation>%1 in Zeile %2 wurde bereits in Zeile %3 festgelegt.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>Der Profilname ist leer.</translation>
    </message>
    <message>
        <source>The endpoint override must be an http:// or https:// URL with a host name.</source>
        <translation>Der abweichende Endpunkt muss eine http://- oder https://-URL mit Hostnamen sein.</translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb, for example #1f77b4.</source>
        <translation>Die Farbe muss im Format #rrggbb angegeben werden, zum Beispiel #1f77b4.</translation>
    </message>
    <message>
        <source>The role ARN must look like arn:aws:iam::123456789012:role/RoleName.</source>
        <translation>Der Rollen-ARN muss die Form arn:aws:iam::123456789012:role/RoleName haben.</translation>
    </message>
    <message>
        <source>The session duration must be between 900 and 43200 seconds (15 minutes to 12 hours).</source>
        <translation>Die Sitzungsdauer muss zwischen 900 und 43200 Sekunden (15 Minuten bis 12 Stunden) liegen.</translation>
    </message>
    <message>
        <source>The source profile of a role cannot be the profile itself.</source>
        <translation>Das Quellprofil einer Rolle kann nicht das Profil selbst sein.</translation>
    </message>
    <message>
        <source>The shared config profile name is empty.</source>
        <translation>Der Profilname aus der gemeinsamen AWS-Konfiguration ist leer.</translation>
    </message>
    <message>
        <source>The access key ID is missing.</source>
        <translation>Die Zugriffsschlüssel-ID fehlt.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The secret access key is missing.</source>
        <translation>Der geheime Zugriffsschlüssel fehlt.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The secret access key of profile &quot;%1&quot; is not kept in memory in this session. Enter it again.</source>
        <translation>Der geheime Zugriffsschlüssel von Profil &quot;%1&quot; wird in dieser Sitzung nicht im Arbeitsspeicher gehalten. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The secret access key of profile &quot;%1&quot; was not found in the system keychain. The keychain may be locked: unlock it and try again, or enter the key again.</source>
        <translation>Der geheime Zugriffsschlüssel von Profil &quot;%1&quot; wurde im System-Schlüsselbund nicht gefunden. Der Schlüsselbund ist möglicherweise gesperrt: Entsperren Sie ihn und versuchen Sie es erneut, oder geben Sie den Schlüssel erneut ein.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>Enter the current code of the MFA device
%1</source>
        <translation>Geben Sie den aktuellen Code des MFA-Geräts ein
%1</translation>
    </message>
</context>
<context>
    <name>QuerySpec</name>
    <message>
        <source>Enter an attribute path.</source>
        <translation>Geben Sie einen Attributpfad ein.</translation>
    </message>
    <message>
        <source>The attribute path %1 has a quote that is never closed.</source>
        <translation>Der Attributpfad %1 enthält ein Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>The attribute path %1 has an empty name.</source>
        <translation>Der Attributpfad %1 enthält einen leeren Namen.</translation>
    </message>
    <message>
        <source>The attribute path %1 has a list index that is not a whole number in brackets, such as [0].</source>
        <translation>Der Attributpfad %1 enthält einen Listenindex, der keine ganze Zahl in eckigen Klammern ist, etwa [0].</translation>
    </message>
    <message>
        <source>The attribute path %1 has an unexpected %2; write a name containing dots, brackets or quotes between backticks, such as `a.b`.</source>
        <translation>Der Attributpfad %1 enthält unerwartet %2; schreiben Sie einen Namen mit Punkten, Klammern oder Anführungszeichen zwischen Backticks, etwa `a.b`.</translation>
    </message>
    <message>
        <source>%1 cannot be used on a sort key; use =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN or begins_with.</source>
        <translation>%1 kann nicht auf einen Sortierschlüssel angewendet werden; verwenden Sie =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN oder begins_with.</translation>
    </message>
    <message>
        <source>value %1 is missing.</source>
        <translation>Wert %1 fehlt.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>BETWEEN needs exactly 2 values; it has %1.</source>
        <translation>BETWEEN benötigt genau 2 Werte; angegeben sind %1.</translation>
    </message>
    <message>
        <source>IN needs between 1 and 100 values; it has %1.</source>
        <translation>IN benötigt zwischen 1 und 100 Werten; angegeben sind %1.</translation>
    </message>
    <message>
        <source>%1 needs exactly 1 value; it has %2.</source>
        <translation>%1 benötigt genau 1 Wert; angegeben sind %2.</translation>
    </message>
    <message>
        <source>%1 compares strings, numbers or binary values only.</source>
        <translation>%1 vergleicht nur Strings, Zahlen oder Binärwerte.</translation>
    </message>
    <message>
        <source>both BETWEEN bounds must be of the same type.</source>
        <translation>Beide BETWEEN-Grenzen müssen vom gleichen Typ sein.</translation>
    </message>
    <message>
        <source>the low bound %1 is greater than the high bound %2; DynamoDB rejects such a range.</source>
        <translation>Die untere Grenze %1 ist größer als die obere Grenze %2; DynamoDB lehnt einen solchen Bereich ab.</translation>
    </message>
    <message>
        <source>begins_with needs a string or binary value.</source>
        <translation>begins_with benötigt einen String- oder Binärwert.</translation>
    </message>
    <message>
        <source>size() is compared with a number.</source>
        <translation>size() wird mit einer Zahl verglichen.</translation>
    </message>
    <message>
        <source>attribute_type needs one of S, N, B, SS, NS, BS, BOOL, NULL, L or M.</source>
        <translation>attribute_type benötigt einen der Typen S, N, B, SS, NS, BS, BOOL, NULL, L oder M.</translation>
    </message>
    <message>
        <source>the key %1 is of type %2 but the value %3 is of type %4.</source>
        <translation>Der Schlüssel %1 hat den Typ %2, der Wert %3 aber den Typ %4.</translation>
    </message>
    <message>
        <source>The table %1 has no index named %2.</source>
        <translation>Die Tabelle %1 hat keinen Index namens %2.</translation>
    </message>
    <message>
        <source>The global secondary index %1 does not support consistent reads; turn off consistent read.</source>
        <translation>Der globale sekundäre Index %1 unterstützt keine konsistenten Lesevorgänge; deaktivieren Sie konsistentes Lesen.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Wählen Sie eine Tabelle.</translation>
    </message>
    <message>
        <source>The page size must be a positive number, or 0 for no limit.</source>
        <translation>Die Seitengröße muss eine positive Zahl sein oder 0 für keine Begrenzung.</translation>
    </message>
    <message>
        <source>Count only cannot be combined with a projection.</source>
        <translation>„Nur zählen“ kann nicht mit einer Projektion kombiniert werden.</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>enter the partition key name.</source>
        <translation>Geben Sie den Namen des Partitionsschlüssels ein.</translation>
    </message>
    <message>
        <source>The sort key condition needs a partition key value: a query reads one partition.</source>
        <translation>Die Sortierschlüsselbedingung benötigt einen Partitionsschlüsselwert: Eine Abfrage liest eine Partition.</translation>
    </message>
    <message>
        <source>a query needs a partition key value.</source>
        <translation>Eine Abfrage benötigt einen Partitionsschlüsselwert.</translation>
    </message>
    <message>
        <source>the value must be a string, number or binary value.</source>
        <translation>Der Wert muss ein String, eine Zahl oder ein Binärwert sein.</translation>
    </message>
    <message>
        <source>the partition key is %1, not %2.</source>
        <translation>Der Partitionsschlüssel ist %1, nicht %2.</translation>
    </message>
    <message>
        <source>Sort key condition</source>
        <translation>Sortierschlüsselbedingung</translation>
    </message>
    <message>
        <source>this table or index has no sort key.</source>
        <translation>Diese Tabelle bzw. dieser Index hat keinen Sortierschlüssel.</translation>
    </message>
    <message>
        <source>enter the sort key name.</source>
        <translation>Geben Sie den Namen des Sortierschlüssels ein.</translation>
    </message>
    <message>
        <source>the sort key is %1, not %2.</source>
        <translation>Der Sortierschlüssel ist %1, nicht %2.</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Enter a key condition expression: a query needs one.</source>
        <translation>Geben Sie einen Schlüsselbedingungsausdruck ein: Eine Abfrage benötigt einen.</translation>
    </message>
    <message>
        <source>A scan has no key condition expression; move the condition to the filter.</source>
        <translation>Ein Scan hat keinen Schlüsselbedingungsausdruck; verschieben Sie die Bedingung in den Filter.</translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 must start with #.</source>
        <translation>Der Attributnamen-Platzhalter %1 muss mit # beginnen.</translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 must stand for a non-empty name.</source>
        <translation>Der Attributnamen-Platzhalter %1 muss für einen nicht leeren Namen stehen.</translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 is defined but not used in any expression; DynamoDB rejects unused placeholders.</source>
        <translation>Der Attributnamen-Platzhalter %1 ist definiert, wird aber in keinem Ausdruck verwendet; DynamoDB lehnt ungenutzte Platzhalter ab.</translation>
    </message>
    <message>
        <source>The value placeholder %1 must start with a colon.</source>
        <translation>Der Wert-Platzhalter %1 muss mit einem Doppelpunkt beginnen.</translation>
    </message>
    <message>
        <source>The value placeholder %1 is not valid DynamoDB JSON: %2</source>
        <translation>Der Wert-Platzhalter %1 ist kein gültiges DynamoDB JSON: %2</translation>
    </message>
    <message>
        <source>The value placeholder %1 is defined but not used in any expression; DynamoDB rejects unused placeholders.</source>
        <translation>Der Wert-Platzhalter %1 ist definiert, wird aber in keinem Ausdruck verwendet; DynamoDB lehnt ungenutzte Platzhalter ab.</translation>
    </message>
    <message>
        <source>The expression uses %1, which is not defined in the attribute names.</source>
        <translation>Der Ausdruck verwendet %1, das in den Attributnamen nicht definiert ist.</translation>
    </message>
    <message>
        <source>The expression uses %1, which is not defined in the values.</source>
        <translation>Der Ausdruck verwendet %1, das in den Werten nicht definiert ist.</translation>
    </message>
    <message>
        <source>The number of scan segments must be between 1 and 1000000.</source>
        <translation>Die Anzahl der Scan-Segmente muss zwischen 1 und 1000000 liegen.</translation>
    </message>
    <message>
        <source>Parallel segments apply to a scan only.</source>
        <translation>Parallele Segmente gelten nur für einen Scan.</translation>
    </message>
    <message>
        <source>count only</source>
        <translation>nur zählen</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>consistent read</source>
        <translation>konsistentes Lesen</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>The size of %1 is not known, so this scan may read all of it and consume many read capacity units.</source>
        <translation>Die Größe von %1 ist unbekannt, daher liest dieser Scan möglicherweise alles und verbraucht viele Lesekapazitätseinheiten.</translation>
    </message>
    <message>
        <source>A full scan of %1 consumes about %2 read capacity units.</source>
        <translation>Ein vollständiger Scan von %1 verbraucht etwa %2 Lesekapazitätseinheiten.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>This connection is read-only: %1 was not sent.</source>
        <translation>Diese Verbindung ist schreibgeschützt: %1 wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>RequestJob</name>
    <message>
        <source>%1 was not sent: the write was not confirmed.</source>
        <translation>%1 wurde nicht gesendet: Der Schreibvorgang wurde nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>RequestPageSource</name>
    <message>
        <source>The connection was closed before the items loaded.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Elemente geladen waren.</translation>
    </message>
</context>
<context>
    <name>SharedConfig</name>
    <message>
        <source>expected &apos;name = value&apos; inside &apos;%1&apos;; the line is ignored.</source>
        <translation>Erwartet wurde &apos;name = value&apos; innerhalb von &apos;%1&apos;; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section header of the form [name]; the lines up to the next section are ignored.</source>
        <translation>&apos;%1&apos; ist kein Abschnittskopf der Form [name]; die Zeilen bis zum nächsten Abschnitt werden ignoriert.</translation>
    </message>
    <message>
        <source>expected &apos;name = value&apos; or a [section]; the line is ignored.</source>
        <translation>Erwartet wurde &apos;name = value&apos; oder ein [Abschnitt]; die Zeile wird ignoriert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set outside any [section] and is ignored.</source>
        <translation>&apos;%1&apos; ist außerhalb eines [Abschnitts] gesetzt und wird ignoriert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set again in [%2]; the later value is used.</source>
        <translation>&apos;%1&apos; ist in [%2] erneut gesetzt; der spätere Wert wird verwendet.</translation>
    </message>
    <message>
        <source>[%1] appears again (first at line %2); the two sections are merged.</source>
        <translation>[%1] kommt erneut vor (zuerst in Zeile %2); die beiden Abschnitte werden zusammengeführt.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>[%1] is ignored: in the config file a profile section is written [profile %1].</source>
        <translation>[%1] wird ignoriert: In der config-Datei wird ein Profilabschnitt als [profile %1] geschrieben.</translation>
    </message>
    <message>
        <source>[%1] is ignored: in the credentials file a profile section is written [%2], without &apos;profile&apos;.</source>
        <translation>[%1] wird ignoriert: In der credentials-Datei wird ein Profilabschnitt als [%2] geschrieben, ohne &apos;profile&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; does not exist in the AWS config or credentials file.</source>
        <translation>Das Profil &apos;%1&apos; ist in den AWS-Dateien config und credentials nicht vorhanden.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; assumes a role with a web identity token (web_identity_token_file), which DynaConsole does not support.</source>
        <translation>Das Profil &apos;%1&apos; übernimmt eine Rolle mit einem Web-Identity-Token (web_identity_token_file); dies wird von DynaConsole nicht unterstützt.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names source_profile &apos;%2&apos;, which has no credentials: it sets no access keys, role_arn, SSO settings or credential_process.</source>
        <translation>Das Profil &apos;%1&apos; nennt source_profile &apos;%2&apos;, das keine Anmeldedaten hat: Es setzt weder Zugriffsschlüssel noch role_arn, SSO-Einstellungen oder credential_process.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets aws_secret_access_key but no aws_access_key_id.</source>
        <translation>Das Profil &apos;%1&apos; setzt aws_secret_access_key, aber kein aws_access_key_id.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets aws_access_key_id but no aws_secret_access_key.</source>
        <translation>Das Profil &apos;%1&apos; setzt aws_access_key_id, aber kein aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets duration_seconds to &apos;%2&apos;; it must be a whole number of seconds from 900 to 43200.</source>
        <translation>Das Profil &apos;%1&apos; setzt duration_seconds auf &apos;%2&apos;; der Wert muss eine ganze Zahl von Sekunden zwischen 900 und 43200 sein.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets both source_profile and credential_source; keep only one of them.</source>
        <translation>Das Profil &apos;%1&apos; setzt sowohl source_profile als auch credential_source; behalten Sie nur eine der beiden Einstellungen.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets role_arn but neither source_profile nor credential_source, so nothing can assume the role.</source>
        <translation>Das Profil &apos;%1&apos; setzt role_arn, aber weder source_profile noch credential_source; daher kann die Rolle nicht übernommen werden.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; uses credential_source %2, which DynaConsole does not support; use Environment or a source_profile.</source>
        <translation>Das Profil &apos;%1&apos; verwendet credential_source %2, was DynaConsole nicht unterstützt; verwenden Sie Environment oder ein source_profile.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets credential_source to &apos;%2&apos;; it must be Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>Das Profil &apos;%1&apos; setzt credential_source auf &apos;%2&apos;; zulässig sind Environment, Ec2InstanceMetadata oder EcsContainer.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names source_profile &apos;%2&apos;, which does not exist.</source>
        <translation>Das Profil &apos;%1&apos; nennt source_profile &apos;%2&apos;, das nicht existiert.</translation>
    </message>
    <message>
        <source>The source_profile settings of profile &apos;%1&apos; form a cycle: %2.</source>
        <translation>Die source_profile-Einstellungen des Profils &apos;%1&apos; bilden einen Zyklus: %2.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; goes through more than %2 source profiles; shorten its source_profile chain.</source>
        <translation>Das Profil „%1“ führt über mehr als %2 Quellprofile; kürzen Sie seine source_profile-Kette.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names sso_session &apos;%2&apos;, but the config file has no [sso-session %2] section.</source>
        <translation>Das Profil &apos;%1&apos; nennt sso_session &apos;%2&apos;, aber die config-Datei hat keinen Abschnitt [sso-session %2].</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets %2 to a different value than its sso-session &apos;%3&apos; does.</source>
        <translation>Das Profil &apos;%1&apos; setzt %2 auf einen anderen Wert als seine sso-session &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Sign in with the AWS CLI first: aws sso login --profile %1 (or aws sso login --sso-session %2).</source>
        <translation>Melden Sie sich zuerst mit der AWS CLI an: aws sso login --profile %1 (oder aws sso login --sso-session %2).</translation>
    </message>
    <message>
        <source>Sign in with the AWS CLI first: aws sso login --profile %1.</source>
        <translation>Melden Sie sich zuerst mit der AWS CLI an: aws sso login --profile %1.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is an SSO profile but is missing %2.</source>
        <translation>Das Profil &apos;%1&apos; ist ein SSO-Profil, aber %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>StatementCallJob</name>
    <message>
        <source>There is no statement to run.</source>
        <translation>Es gibt keine auszuführende Anweisung.</translation>
    </message>
    <message>
        <source>%1 statements were given, but DynamoDB runs at most %2 in one request. Split them into smaller groups.</source>
        <translation>Es wurden %1 Anweisungen angegeben, DynamoDB führt jedoch höchstens %2 in einer Anfrage aus. Teilen Sie sie in kleinere Gruppen auf.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>StreamRecord</name>
    <message>
        <source>Unknown stream event &quot;%1&quot;.</source>
        <translation>Unbekanntes Stream-Ereignis &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A stream record has no sequence number.</source>
        <translation>Ein Stream-Datensatz hat keine Sequenznummer.</translation>
    </message>
    <message>
        <source>Stream record %1 has no keys.</source>
        <translation>Stream-Datensatz %1 hat keine Schlüssel.</translation>
    </message>
</context>
<context>
    <name>StsJob</name>
    <message>
        <source>No source credentials are set.</source>
        <translation>Es sind keine Quell-Anmeldedaten festgelegt.</translation>
    </message>
</context>
<context>
    <name>TableSpec</name>
    <message>
        <source>The %1 must be 3 to 255 characters long.</source>
        <translation>Der %1 muss 3 bis 255 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, underscores (_), hyphens (-) and dots (.).</source>
        <translation>Der %1 darf nur Buchstaben, Ziffern, Unterstriche (_), Bindestriche (-) und Punkte (.) enthalten.</translation>
    </message>
    <message>
        <source>Enter the attribute name of the %1.</source>
        <translation>Geben Sie den Attributnamen für den %1 ein.</translation>
    </message>
    <message>
        <source>The attribute name of the %1 is longer than 255 characters.</source>
        <translation>Der Attributname für den %1 ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 must be of type S (string), N (number) or B (binary).</source>
        <translation>Der %1 muss vom Typ S (String), N (Zahl) oder B (Binär) sein.</translation>
    </message>
    <message>
        <source>The attribute %1 is used as a key of type %2 and of type %3; an attribute has one type.</source>
        <translation>Das Attribut %1 wird als Schlüssel vom Typ %2 und vom Typ %3 verwendet; ein Attribut hat nur einen Typ.</translation>
    </message>
    <message>
        <source>Provisioned read and write capacity of %1 must be at least 1.</source>
        <translation>Die bereitgestellte Lese- und Schreibkapazität für %1 muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>The maximum on-demand throughput of %1 cannot be negative.</source>
        <translation>Der maximale On-Demand-Durchsatz für %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The projection of index %1 must be ALL, KEYS_ONLY or INCLUDE.</source>
        <translation>Die Projektion von Index %1 muss ALL, KEYS_ONLY oder INCLUDE sein.</translation>
    </message>
    <message>
        <source>Index %1 projects INCLUDE: list the non-key attributes it includes.</source>
        <translation>Index %1 projiziert INCLUDE: Geben Sie die enthaltenen Nicht-Schlüsselattribute an.</translation>
    </message>
    <message>
        <source>Index %1 includes more than %2 non-key attributes.</source>
        <translation>Index %1 enthält mehr als %2 Nicht-Schlüsselattribute.</translation>
    </message>
    <message>
        <source>Index %1 lists an empty non-key attribute name.</source>
        <translation>Index %1 enthält einen leeren Nicht-Schlüsselattributnamen.</translation>
    </message>
    <message>
        <source>Index %1 lists non-key attributes, which only an INCLUDE projection takes.</source>
        <translation>Index %1 nennt Nicht-Schlüsselattribute, die nur eine INCLUDE-Projektion annimmt.</translation>
    </message>
    <message>
        <source>index name</source>
        <translation>Indexname</translation>
    </message>
    <message>
        <source>Two indexes are named %1; index names must be unique.</source>
        <translation>Zwei Indizes heißen %1; Indexnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>partition key of index %1</source>
        <translation>Partitionsschlüssel von Index %1</translation>
    </message>
    <message>
        <source>sort key of index %1</source>
        <translation>Sortierschlüssel von Index %1</translation>
    </message>
    <message>
        <source>Index %1 uses %2 as both partition key and sort key.</source>
        <translation>Index %1 verwendet %2 sowohl als Partitions- als auch als Sortierschlüssel.</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>The sort key must be another attribute than the partition key.</source>
        <translation>Der Sortierschlüssel muss ein anderes Attribut als der Partitionsschlüssel sein.</translation>
    </message>
    <message>
        <source>A table can have at most %1 local secondary indexes.</source>
        <translation>Eine Tabelle kann höchstens %1 lokale sekundäre Indizes haben.</translation>
    </message>
    <message>
        <source>Local secondary indexes need a table with a sort key.</source>
        <translation>Lokale sekundäre Indizes erfordern eine Tabelle mit Sortierschlüssel.</translation>
    </message>
    <message>
        <source>Local secondary index %1 must use the table&apos;s partition key %2.</source>
        <translation>Der lokale sekundäre Index %1 muss den Partitionsschlüssel %2 der Tabelle verwenden.</translation>
    </message>
    <message>
        <source>Local secondary index %1 needs a sort key.</source>
        <translation>Der lokale sekundäre Index %1 benötigt einen Sortierschlüssel.</translation>
    </message>
    <message>
        <source>A table can have at most %1 global secondary indexes.</source>
        <translation>Eine Tabelle kann höchstens %1 globale sekundäre Indizes haben.</translation>
    </message>
    <message>
        <source>The indexes of a table can include at most %1 non-key attributes in all.</source>
        <translation>Die Indizes einer Tabelle können insgesamt höchstens %1 Nicht-Schlüsselattribute enthalten.</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>Choose what the stream records: NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY.</source>
        <translation>Wählen Sie, was der Stream aufzeichnet: NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES oder KEYS_ONLY.</translation>
    </message>
    <message>
        <source>The table class must be STANDARD or STANDARD_INFREQUENT_ACCESS.</source>
        <translation>Die Tabellenklasse muss STANDARD oder STANDARD_INFREQUENT_ACCESS sein.</translation>
    </message>
    <message>
        <source>A table can have at most %1 tags.</source>
        <translation>Eine Tabelle kann höchstens %1 Tags haben.</translation>
    </message>
    <message>
        <source>A tag key must be 1 to 128 characters long.</source>
        <translation>Ein Tag-Schlüssel muss 1 bis 128 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The value of tag %1 is longer than 256 characters.</source>
        <translation>Der Wert von Tag %1 ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>Das Tag %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The table has no global secondary index named %1.</source>
        <translation>Die Tabelle hat keinen globalen sekundären Index namens %1.</translation>
    </message>
    <message>
        <source>Delete index %1 (DynamoDB deletes one global secondary index per call).</source>
        <translation>Index %1 löschen (DynamoDB löscht einen globalen sekundären Index pro Aufruf).</translation>
    </message>
    <message>
        <source>Switching to provisioned capacity needs the table&apos;s read and write capacity.</source>
        <translation>Für den Wechsel zu bereitgestellter Kapazität wird die Lese- und Schreibkapazität der Tabelle benötigt.</translation>
    </message>
    <message>
        <source>Switching to provisioned capacity needs read and write capacity for index %1 too.</source>
        <translation>Für den Wechsel zu bereitgestellter Kapazität wird auch die Lese- und Schreibkapazität für Index %1 benötigt.</translation>
    </message>
    <message>
        <source>Change the table&apos;s capacity and settings.</source>
        <translation>Kapazität und Einstellungen der Tabelle ändern.</translation>
    </message>
    <message>
        <source>Disable the stream: its view type can only change by disabling it and enabling a new stream.</source>
        <translation>Stream deaktivieren: Sein Ansichtstyp lässt sich nur ändern, indem er deaktiviert und ein neuer Stream aktiviert wird.</translation>
    </message>
    <message>
        <source>Enable a stream of %1.</source>
        <translation>Stream mit %1 aktivieren.</translation>
    </message>
    <message>
        <source>Disable the stream.</source>
        <translation>Stream deaktivieren.</translation>
    </message>
    <message>
        <source>Create index %1 (DynamoDB creates one global secondary index per call; it backfills before the next change).</source>
        <translation>Index %1 erstellen (DynamoDB erstellt einen globalen sekundären Index pro Aufruf; er wird vor der nächsten Änderung befüllt).</translation>
    </message>
</context>
<context>
    <name>TableWaiter</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>index %1 %2 (backfilling)</source>
        <translation>Index %1 %2 (wird befüllt)</translation>
    </message>
    <message>
        <source>index %1 %2</source>
        <translation>Index %1 %2</translation>
    </message>
    <message>
        <source>The bundled DynamoDB waiter definitions could not be read.</source>
        <translation>Die mitgelieferten DynamoDB-Waiter-Definitionen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Table %1: %2 (check %3 of %4)</source>
        <translation>Tabelle %1: %2 (Prüfung %3 von %4)</translation>
    </message>
    <message>
        <source>Table %1 reached state %2, which it cannot leave by waiting.</source>
        <translation>Tabelle %1 hat den Zustand %2 erreicht, den sie durch Warten nicht verlassen kann.</translation>
    </message>
    <message>
        <source>Table %1 was still %2 after %3 checks; it may finish later, refresh to see.</source>
        <translation>Tabelle %1 war nach %3 Prüfungen noch %2; sie wird vielleicht später fertig, aktualisieren Sie, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>The tag %1 contains &quot;%2&quot;; only letters, numbers, spaces and + - = . _ : / are allowed.</source>
        <translation>Das Tag %1 enthält &quot;%2&quot;; nur Buchstaben, Ziffern, Leerzeichen und + - = . _ : / sind erlaubt.</translation>
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation>Ein Tag-Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1…&quot; is %2 characters long; keys have at most %3.</source>
        <translation>Der Tag-Schlüssel &quot;%1…&quot; ist %2 Zeichen lang; Schlüssel haben höchstens %3.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; starts with &quot;aws:&quot;, which is reserved for tags AWS assigns.</source>
        <translation>Der Tag-Schlüssel &quot;%1&quot; beginnt mit &quot;aws:&quot;, das für von AWS vergebene Tags reserviert ist.</translation>
    </message>
    <message>
        <source>The tag value &quot;%1…&quot; is %2 characters long; values have at most %3.</source>
        <translation>Der Tag-Wert &quot;%1…&quot; ist %2 Zeichen lang; Werte haben höchstens %3.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; appears twice (rows %2 and %3); keys must be unique.</source>
        <translation>Der Tag-Schlüssel &quot;%1&quot; kommt zweimal vor (Zeilen %2 und %3); Schlüssel müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>A resource can have at most %1 tags; this list has %2.</source>
        <translation>Eine Ressource kann höchstens %1 Tags haben; diese Liste hat %2.</translation>
    </message>
</context>
<context>
    <name>TransactionRow</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>the placeholder %1 is used in an expression but not defined.</source>
        <translation>Der Platzhalter %1 wird in einem Ausdruck verwendet, ist aber nicht definiert.</translation>
    </message>
    <message>
        <source>the name placeholder %1 is defined but no expression uses it.</source>
        <translation>Der Namensplatzhalter %1 ist definiert, wird aber in keinem Ausdruck verwendet.</translation>
    </message>
    <message>
        <source>the name placeholder %1 must stand for an attribute name.</source>
        <translation>Der Namensplatzhalter %1 muss für einen Attributnamen stehen.</translation>
    </message>
    <message>
        <source>the value placeholder %1 is defined but no expression uses it.</source>
        <translation>Der Wert-Platzhalter %1 ist definiert, wird aber in keinem Ausdruck verwendet.</translation>
    </message>
    <message>
        <source>the value of %1 is not a DynamoDB value: %2</source>
        <translation>Der Wert von %1 ist kein DynamoDB-Wert: %2</translation>
    </message>
    <message>
        <source>choose a table.</source>
        <translation>Wählen Sie eine Tabelle.</translation>
    </message>
    <message>
        <source>the item is empty; it needs at least the table&apos;s key attributes.</source>
        <translation>Das Element ist leer; es benötigt mindestens die Schlüsselattribute der Tabelle.</translation>
    </message>
    <message>
        <source>the key is empty; give the item&apos;s key attributes.</source>
        <translation>Der Schlüssel ist leer; geben Sie die Schlüsselattribute des Elements an.</translation>
    </message>
    <message>
        <source>an update needs an update expression, such as SET #n = :v.</source>
        <translation>Eine Aktualisierung benötigt einen Aktualisierungsausdruck, etwa SET #n = :v.</translation>
    </message>
    <message>
        <source>a condition check needs a condition expression.</source>
        <translation>Eine Bedingungsprüfung benötigt einen Bedingungsausdruck.</translation>
    </message>
    <message>
        <source>A transaction needs at least one row.</source>
        <translation>Eine Transaktion benötigt mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>A transaction holds at most %1 rows; this one has %2.</source>
        <translation>Eine Transaktion umfasst höchstens %1 Zeilen; diese hat %2.</translation>
    </message>
    <message>
        <source>a read belongs in a Get transaction.</source>
        <translation>Ein Lesevorgang gehört in eine Get-Transaktion.</translation>
    </message>
    <message>
        <source>a write belongs in a Write transaction.</source>
        <translation>Ein Schreibvorgang gehört in eine Write-Transaktion.</translation>
    </message>
    <message>
        <source>it touches the same item as row %1; DynamoDB allows one action per item in a transaction.</source>
        <translation>Sie betrifft dasselbe Element wie Zeile %1; DynamoDB erlaubt in einer Transaktion eine Aktion pro Element.</translation>
    </message>
    <message>
        <source>The items add up to %1 bytes; DynamoDB&apos;s limit for a transaction is 4 MB (%2 bytes).</source>
        <translation>Die Elemente ergeben zusammen %1 Bytes; das Limit von DynamoDB für eine Transaktion ist 4 MB (%2 Bytes).</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>The schedule &quot;%1&quot; is not a duration: write a whole number followed by ms, s, m or h, such as &quot;30s&quot; or &quot;5m&quot;.</source>
        <translation>Der Zeitplan &quot;%1&quot; ist keine Dauer: Schreiben Sie eine ganze Zahl gefolgt von ms, s, m oder h, etwa &quot;30s&quot; oder &quot;5m&quot;.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is zero: a trigger needs a positive interval.</source>
        <translation>Der Zeitplan &quot;%1&quot; ist null: Ein Trigger benötigt ein positives Intervall.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is longer than the longest allowed, 24 hours.</source>
        <translation>Der Zeitplan &quot;%1&quot; überschreitet das zulässige Maximum von 24 Stunden.</translation>
    </message>
    <message>
        <source>The trigger has no &quot;trigger&quot; name: use one of %1.</source>
        <translation>Der Trigger hat keinen &quot;trigger&quot;-Namen: Verwenden Sie einen von %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trigger: use one of %2.</source>
        <translation>&quot;%1&quot; ist kein Trigger: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>The %1 trigger names no table: add &quot;tableName&quot;.</source>
        <translation>Der %1-Trigger nennt keine Tabelle: Fügen Sie &quot;tableName&quot; hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name: DynamoDB table names have 3 to 255 characters among letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>&quot;%1&quot; ist kein gültiger Tabellenname: DynamoDB-Tabellennamen haben 3 bis 255 Zeichen aus Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The schedule of the %1 trigger must be text such as &quot;30s&quot;.</source>
        <translation>Der Zeitplan des %1-Triggers muss ein Text wie &quot;30s&quot; sein.</translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 needs &quot;keyAttributes&quot;, the names of the table&apos;s key attributes, to tell its items apart.</source>
        <translation>Der itemPolled-Trigger für %1 benötigt &quot;keyAttributes&quot;, die Namen der Schlüsselattribute der Tabelle, um ihre Elemente zu unterscheiden.</translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 lists %2 key attributes: a DynamoDB key has a partition key and at most one sort key.</source>
        <translation>Der itemPolled-Trigger für %1 nennt %2 Schlüsselattribute: Ein DynamoDB-Schlüssel besteht aus einem Partitionsschlüssel und höchstens einem Sortierschlüssel.</translation>
    </message>
    <message>
        <source>The key attributes of the itemPolled trigger on %1 must be distinct, non-empty attribute names.</source>
        <translation>Die Schlüsselattribute des itemPolled-Triggers für %1 müssen unterschiedliche, nicht leere Attributnamen sein.</translation>
    </message>
    <message>
        <source>New items in %1, every %2</source>
        <translation>Neue Elemente in %1, alle %2</translation>
    </message>
    <message>
        <source>Changed items in %1, every %2</source>
        <translation>Geänderte Elemente in %1, alle %2</translation>
    </message>
    <message>
        <source>Removed items in %1, every %2</source>
        <translation>Entfernte Elemente in %1, alle %2</translation>
    </message>
    <message>
        <source>New shards in the stream of %1, every %2</source>
        <translation>Neue Shards im Stream von %1, alle %2</translation>
    </message>
    <message>
        <source>New and changed items in %1 found by a scan, every %2</source>
        <translation>Neue und geänderte Elemente in %1 (per Scan ermittelt), alle %2</translation>
    </message>
</context>
<context>
    <name>WirePage</name>
    <message>
        <source>The response is not valid JSON (%1).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;Items&quot; is not an array.</source>
        <translation>&quot;Items&quot; ist kein Array.</translation>
    </message>
    <message>
        <source>Item %1 is not an object.</source>
        <translation>Element %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
</context>
<context>
    <name>dyna::app::MainWindow</name>
    <message>
        <source>DynaConsole — %1</source>
        <translation>DynaConsole — %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>PartiQL</source>
        <translation>PartiQL</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Capacity units consumed by this session&apos;s requests</source>
        <translation>Von den Anfragen dieser Sitzung verbrauchte Kapazitätseinheiten</translation>
    </message>
    <message>
        <source>Session: %1 RCU · %2 WCU</source>
        <translation>Sitzung: %1 RCU · %2 WCU</translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation>Verbindung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>V&amp;erbindungen…</translation>
    </message>
    <message>
        <source>&amp;Refresh Tables</source>
        <translation>Tabellen &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Neue Tabelle…</translation>
    </message>
    <message>
        <source>&amp;Update Table…</source>
        <translation>Tabelle ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation>Tabelle &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DynaConsole</source>
        <translation>&amp;Über DynaConsole</translation>
    </message>
    <message>
        <source>DynaConsole — %1 (production)</source>
        <translation>DynaConsole — %1 (Produktion)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>dyna::dynamo::DemoDataset</name>
    <message>
        <source>Creating tables</source>
        <translation>Tabellen werden erstellt</translation>
    </message>
    <message>
        <source>Writing items</source>
        <translation>Elemente werden geschrieben</translation>
    </message>
</context>
<context>
    <name>dyna::models::BackupListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>dyna::models::ItemDetailModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>dyna::models::NavigationModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 — listing tables…</source>
        <translation>%1 — Tabellen werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to connect to %1 in %2</source>
        <translation>Doppelklicken, um eine Verbindung zu %1 in %2 herzustellen</translation>
    </message>
    <message>
        <source>Double-click to connect to %1 and open %2</source>
        <translation>Doppelklicken, um eine Verbindung zu %1 herzustellen und %2 zu öffnen</translation>
    </message>
</context>
<context>
    <name>dyna::models::S3TransferModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Billed size</source>
        <translation>Abgerechnete Größe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Neue Tabelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>dyna::models::ShardStatusModel</name>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>Last sequence number</source>
        <translation>Letzte Sequenznummer</translation>
    </message>
    <message>
        <source>waiting for parent</source>
        <translation>wartet auf übergeordneten Shard</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>vollständig gelesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>dyna::models::StreamEventModel</name>
    <message>
        <source>%1
Received at %2</source>
        <translation>%1
Empfangen um %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequenznummer</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>dyna::profiles::ConnectionResolver</name>
    <message>
        <source>The profile &quot;%1&quot; assumes a role from itself through its source profiles.</source>
        <translation>Das Profil „%1“ übernimmt über seine Quellprofile eine Rolle von sich selbst.</translation>
    </message>
    <message>
        <source>The saved profiles are not available.</source>
        <translation>Die gespeicherten Profile sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The source profile of &quot;%1&quot; no longer exists.</source>
        <translation>Das Quellprofil von „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set in the environment DynaConsole was started from.</source>
        <translation>AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY sind in der Umgebung, aus der DynaConsole gestartet wurde, nicht beide gesetzt.</translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; takes its credentials from the environment, but AWS_ACCESS_KEY_ID is not set.</source>
        <translation>Das AWS-Konfigurationsprofil „%1“ bezieht seine Anmeldedaten aus der Umgebung, aber AWS_ACCESS_KEY_ID ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; has no source for its role.</source>
        <translation>Das AWS-Konfigurationsprofil „%1“ hat keine Quelle für seine Rolle.</translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; has no credentials.</source>
        <translation>Das AWS-Konfigurationsprofil „%1“ hat keine Anmeldedaten.</translation>
    </message>
</context>
<context>
    <name>dyna::profiles::SsoCredentialsProvider</name>
    <message>
        <source> (or aws sso login --sso-session %1)</source>
        <translation> (oder aws sso login --sso-session %1)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not signed in to AWS IAM Identity Center. Sign in with the AWS CLI first: %2.</source>
        <translation>Das Profil „%1“ ist nicht bei AWS IAM Identity Center angemeldet. Melden Sie sich zuerst mit der AWS CLI an: %2.</translation>
    </message>
    <message>
        <source>The AWS IAM Identity Center sign-in of profile &quot;%1&quot; expired at %2. Sign in again with the AWS CLI: %3.</source>
        <translation>Die Anmeldung des Profils „%1“ bei AWS IAM Identity Center ist um %2 abgelaufen. Melden Sie sich erneut mit der AWS CLI an: %3.</translation>
    </message>
    <message>
        <source>AWS IAM Identity Center no longer accepts the sign-in of profile &quot;%1&quot;. Sign in again with the AWS CLI: %2.</source>
        <translation>AWS IAM Identity Center akzeptiert die Anmeldung des Profils „%1“ nicht mehr. Melden Sie sich erneut mit der AWS CLI an: %2.</translation>
    </message>
    <message>
        <source>AWS IAM Identity Center answered without usable role credentials for role %1 in account %2.</source>
        <translation>AWS IAM Identity Center hat ohne verwendbare Rollen-Anmeldedaten für die Rolle %1 im Konto %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>dyna::session::Session</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>dyna::streams::StreamConsumer</name>
    <message>
        <source>Table %1 has no stream. Turn on DynamoDB Streams for it (Table &gt; Update Table…) to watch its changes.</source>
        <translation>Tabelle %1 hat keinen Stream. Aktivieren Sie DynamoDB Streams für die Tabelle (Tabelle &gt; Tabelle ändern…), um ihre Änderungen zu verfolgen.</translation>
    </message>
    <message>
        <source>Shard %1 is no longer in the stream (it keeps 24 hours): its records from sequence number %2 on were lost.</source>
        <translation>Shard %1 ist nicht mehr im Stream (dieser speichert 24 Stunden): Seine Datensätze ab Sequenznummer %2 sind verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of shard %1 could not be read and were skipped: %2</source>
        <translation>
            <numerusform>%n Datensatz von Shard %1 konnte nicht gelesen werden und wurde übersprungen: %2</numerusform>
            <numerusform>%n Datensätze von Shard %1 konnten nicht gelesen werden und wurden übersprungen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Records of shard %1 after sequence number %2 are no longer in the stream (it keeps 24 hours): reading went on from the oldest record left.</source>
        <translation>Datensätze von Shard %1 nach Sequenznummer %2 sind nicht mehr im Stream (dieser speichert 24 Stunden): Das Lesen wurde beim ältesten verbliebenen Datensatz fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>dyna::views::AboutDialog</name>
    <message>
        <source>About DynaConsole</source>
        <translation>Über DynaConsole</translation>
    </message>
    <message>
        <source>DynaConsole %1</source>
        <translation>DynaConsole %1</translation>
    </message>
    <message>
        <source>A native desktop administration console for Amazon DynamoDB. It runs with these components:</source>
        <translation>Eine native Desktop-Administrationskonsole für Amazon DynamoDB. Sie verwendet diese Komponenten:</translation>
    </message>
    <message>
        <source>Components, versions and licences</source>
        <translation>Komponenten, Versionen und Lizenzen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>DynamoDB Local is Amazon&apos;s software under the Amazon DynamoDB Local License Agreement (LICENSE.txt beside DynamoDBLocal.jar); DynaConsole only starts and talks to it.</source>
        <translation>DynamoDB Local ist Software von Amazon unter dem Amazon DynamoDB Local License Agreement (LICENSE.txt neben DynamoDBLocal.jar); DynaConsole startet es nur und kommuniziert damit.</translation>
    </message>
</context>
<context>
    <name>dyna::views::BackupsPanel</name>
    <message>
        <source>Backups of all tables</source>
        <translation>Sicherungen aller Tabellen</translation>
    </message>
    <message>
        <source>Created between</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Diese Tabelle</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>Backup type</source>
        <translation>Sicherungstyp</translation>
    </message>
    <message>
        <source>User backups</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>System backups</source>
        <translation>System</translation>
    </message>
    <message>
        <source>AWS Backup</source>
        <translation>AWS Backup</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created before</source>
        <translation>Erstellt vor</translation>
    </message>
    <message>
        <source>Backup name</source>
        <translation>Sicherungsname</translation>
    </message>
    <message>
        <source>and</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Sicherungen von %1</translation>
    </message>
    <message>
        <source>A backup name must be 3 to 255 letters, digits, underscores (_), hyphens (-) or dots (.).</source>
        <translation>Ein Sicherungsname muss aus 3 bis 255 Buchstaben, Ziffern, Unterstrichen (_), Bindestrichen (-) oder Punkten (.) bestehen.</translation>
    </message>
    <message>
        <source>Backup %1 (%2, %3)</source>
        <translation>Sicherung %1 (%2, %3)</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Source table: %1, %2 items, %3</source>
        <translation>Quelltabelle: %1, %2 Elemente, %3</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete the backup %1 of table %2? It cannot be restored afterwards.</source>
        <translation>Möchten Sie die Sicherung %1 der Tabelle %2 löschen? Sie kann danach nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Backup %1 was deleted.</source>
        <translation>Sicherung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backups listed. Make one with Create backup.</source>
        <translation>Keine Sicherungen vorhanden. Erstellen Sie eine mit „Sicherung erstellen“.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ConfirmDialog</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Name zur Bestätigung</translation>
    </message>
</context>
<context>
    <name>dyna::views::ConnectionManagerDialog</name>
    <message>
        <source>Connection Manager</source>
        <translation>Verbindungsmanager</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import from AWS config…</source>
        <translation>Aus AWS-Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Import vault keys…</source>
        <translation>Vault-Schlüssel importieren…</translation>
    </message>
    <message>
        <source>Export vault keys…</source>
        <translation>Vault-Schlüssel exportieren…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The region&apos;s endpoint, or e.g. http://127.0.0.1:8000</source>
        <translation>Endpunkt der Region oder z. B. http://127.0.0.1:8000</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Read-only (refuse every write request)</source>
        <translation>Schreibgeschützt (alle Schreibanfragen ablehnen)</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Assume role</source>
        <translation>Rolle übernehmen</translation>
    </message>
    <message>
        <source>AWS config profile</source>
        <translation>AWS-Konfigurationsprofil</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>Abweichender &amp;Endpunkt:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Anmeldedaten:</translation>
    </message>
    <message>
        <source>The secret access key and session token are kept in the system keychain, never in the settings file.</source>
        <translation>Der geheime Zugriffsschlüssel und das Sitzungstoken werden im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN and AWS_REGION are read from the environment DynaConsole was started from, each time it connects.</source>
        <translation>AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN und AWS_REGION werden bei jedem Verbindungsaufbau aus der Umgebung gelesen, aus der DynaConsole gestartet wurde.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Zugriffs&amp;schlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sitzungs&amp;token:</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session</source>
        <translation>Geheimnisse für diese Sitzung im Speicher halten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>dynaconsole-&lt;timestamp&gt;</source>
        <translation>dynaconsole-&lt;Zeitstempel&gt;</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Optional, e.g. arn:aws:iam::123456789012:mfa/user</source>
        <translation>Optional, z. B. arn:aws:iam::123456789012:mfa/user</translation>
    </message>
    <message>
        <source>Source &amp;profile:</source>
        <translation>&amp;Quellprofil:</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>R&amp;ollen-ARN:</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>Sitzungsna&amp;me:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>M&amp;FA serial:</source>
        <translation>MFA-&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>AWS config &amp;profile:</source>
        <translation>AWS-Konfigurations&amp;profil:</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>This profile&apos;s own keys</source>
        <translation>Eigene Schlüssel dieses Profils</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation>Nur für temporäre Schlüssel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation>Möchten Sie das Profil „%1“ und seine gespeicherten Geheimnisse löschen?</translation>
    </message>
    <message>
        <source>Import from AWS config</source>
        <translation>Aus AWS-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>No profiles were found in the AWS config files.</source>
        <translation>In den AWS-Konfigurationsdateien wurden keine Profile gefunden.</translation>
    </message>
    <message>
        <source>Choose a profile of the AWS config files:</source>
        <translation>Wählen Sie ein Profil aus den AWS-Konfigurationsdateien:</translation>
    </message>
    <message>
        <source>No region is set for this profile.</source>
        <translation>Für dieses Profil ist keine Region festgelegt.</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Imported. Name the profile, review it and click Save.</source>
        <translation>Importiert. Benennen Sie das Profil, prüfen Sie es und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Nicht gespeichertes Profil</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>ListTables answered in %1 ms</source>
        <translation>ListTables hat in %1 ms geantwortet</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>Keine Tabellen</translation>
    </message>
    <message>
        <source>First table: %1</source>
        <translation>Erste Tabelle: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Production (colour around the window, confirm every write)</source>
        <translation>&amp;Produktion (farbiger Fensterrahmen, jeden Schreibvorgang bestätigen)</translation>
    </message>
    <message>
        <source>The window, its tabs and the status bar show the profile&apos;s colour (red when none is set), and each write request waits for your confirmation.</source>
        <translation>Das Fenster, seine Tabs und die Statusleiste zeigen die Farbe des Profils (rot, wenn keine festgelegt ist), und jede Schreibanforderung wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>(production)</source>
        <translation>(Produktion)</translation>
    </message>
    <message>
        <source>Allow plain HTTP (unencrypted) to this endpoint</source>
        <translation>Unverschlüsseltes HTTP zu diesem Endpunkt erlauben</translation>
    </message>
    <message>
        <source>Only for an http:// endpoint on another machine. Without TLS anyone on the network can read the items and replay or alter the signed requests.</source>
        <translation>Nur für einen http://-Endpunkt auf einem anderen Rechner. Ohne TLS kann jeder im Netzwerk die Elemente lesen und die signierten Anfragen wiederholen oder verändern.</translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation>Unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Send requests to %1 without encryption? Without TLS anyone on the network can read the items and replay or alter the signed requests. Allow this only on a network you trust.</source>
        <translation>Anfragen unverschlüsselt an %1 senden? Ohne TLS kann jeder im Netzwerk die Elemente lesen und die signierten Anfragen wiederholen oder verändern. Erlauben Sie dies nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ContributorInsightsPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Contributor insights of the table and its indexes</source>
        <translation>Contributor Insights der Tabelle und ihrer Indizes</translation>
    </message>
    <message>
        <source>Table or index</source>
        <translation>Tabelle oder Index</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Contributor insights in this account</source>
        <translation>Contributor Insights in diesem Konto</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Contributor insights in this account and region</source>
        <translation>Contributor Insights in diesem Konto und dieser Region</translation>
    </message>
    <message>
        <source>Contributor insights of %1</source>
        <translation>Contributor Insights von %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Disable contributor insights</source>
        <translation>Contributor Insights deaktivieren</translation>
    </message>
    <message>
        <source>Disable contributor insights for %1? CloudWatch stops collecting its most accessed and most throttled keys and deletes the rules.</source>
        <translation>Möchten Sie Contributor Insights für %1 deaktivieren? CloudWatch erfasst dann nicht mehr die am häufigsten abgerufenen und am häufigsten gedrosselten Schlüssel und löscht die Regeln.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Index %1 of %2</source>
        <translation>Index %1 von %2</translation>
    </message>
    <message>
        <source>Choose a table in the tree on the left.</source>
        <translation>Wählen Sie links im Baum eine Tabelle aus.</translation>
    </message>
    <message>
        <source>Contributor insights are off everywhere in this region. Turn them on for the chosen table with Enable.</source>
        <translation>Contributor Insights sind in dieser Region überall deaktiviert. Aktivieren Sie sie für die ausgewählte Tabelle mit „Aktivieren“.</translation>
    </message>
</context>
<context>
    <name>dyna::views::CreateTableDialog</name>
    <message>
        <source>String (S)</source>
        <translation>Zeichenfolge (S)</translation>
    </message>
    <message>
        <source>Number (N)</source>
        <translation>Zahl (N)</translation>
    </message>
    <message>
        <source>Binary (B)</source>
        <translation>Binär (B)</translation>
    </message>
    <message>
        <source>Enable a stream</source>
        <translation>Stream aktivieren</translation>
    </message>
    <message>
        <source>Protect from deletion</source>
        <translation>Vor dem Löschen schützen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create table</source>
        <translation>Tabelle erstellen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>One tag a line: key=value</source>
        <translation>Ein Tag pro Zeile: Schlüssel=Wert</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Read / write</source>
        <translation>Lesen / Schreiben</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Capacity units per second for the table and each global index (at least 1).</source>
        <translation>Kapazitätseinheiten pro Sekunde für die Tabelle und jeden globalen Index (mindestens 1).</translation>
    </message>
    <message>
        <source>Optional maximum request units per second; 0 means no maximum.</source>
        <translation>Optionale Höchstzahl an Anforderungseinheiten pro Sekunde; 0 bedeutet kein Maximum.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Table class</source>
        <translation>Tabellenklasse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Stream and settings</source>
        <translation>Stream und Einstellungen</translation>
    </message>
    <message>
        <source>Connect to an account or DynamoDB Local first.</source>
        <translation>Stellen Sie zuerst eine Verbindung zu einem Konto oder zu DynamoDB Local her.</translation>
    </message>
    <message>
        <source>Creating table %1…</source>
        <translation>Tabelle %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Table %1 is ACTIVE.</source>
        <translation>Tabelle %1 ist ACTIVE.</translation>
    </message>
    <message>
        <source>Keep every change to the items for 24 hours, for the Streams tab and triggers.</source>
        <translation>Jede Änderung an den Elementen 24 Stunden lang aufbewahren, für den Streams-Tab und Trigger.</translation>
    </message>
    <message>
        <source>While on, deleting the table fails until it is turned off.</source>
        <translation>Solange dies aktiviert ist, schlägt das Löschen der Tabelle fehl.</translation>
    </message>
    <message>
        <source>Partition key name</source>
        <translation>Name des Partitionsschlüssels</translation>
    </message>
    <message>
        <source>Sort key name</source>
        <translation>Name des Sortierschlüssels</translation>
    </message>
</context>
<context>
    <name>dyna::views::DeleteTableDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>Deletion protection is on for %1, so DynamoDB refuses to delete it. To delete the table, open Update table, clear &quot;Protect from deletion&quot; under Settings and apply, then delete it here.</source>
        <translation>Für %1 ist der Löschschutz aktiviert, daher verweigert DynamoDB das Löschen. Um die Tabelle zu löschen, öffnen Sie „Tabelle ändern“, deaktivieren Sie unter „Einstellungen“ die Option „Vor dem Löschen schützen“, übernehmen Sie die Änderung und löschen Sie die Tabelle dann hier.</translation>
    </message>
    <message>
        <source>Deleting %1 removes the table, its indexes and every item. This cannot be undone. Type the table name to confirm.</source>
        <translation>Das Löschen von %1 entfernt die Tabelle, ihre Indizes und alle Elemente. Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung den Tabellennamen ein.</translation>
    </message>
    <message>
        <source>Deleting table %1…</source>
        <translation>Tabelle %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Table %1 is deleted.</source>
        <translation>Tabelle %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>dyna::views::EmptyState</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Connect with Connection &gt; Connections… (Ctrl+Shift+O).</source>
        <translation>Stellen Sie eine Verbindung her über Verbindung &gt; Verbindungen… (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>No table matches “%1”.</source>
        <translation>Keine Tabelle entspricht „%1“.</translation>
    </message>
    <message>
        <source>No tables in %1. Create one with Table &gt; New Table… (Ctrl+Shift+N).</source>
        <translation>Keine Tabellen in %1. Erstellen Sie eine über Tabelle &gt; Neue Tabelle… (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>DynamoDB Local keeps a separate database per access key and region unless it was started with -sharedDb, so tables created by another tool may live in another database.</source>
        <translation>DynamoDB Local führt pro Zugriffsschlüssel und Region eine eigene Datenbank, sofern es nicht mit -sharedDb gestartet wurde. Von einem anderen Tool erstellte Tabellen können daher in einer anderen Datenbank liegen.</translation>
    </message>
    <message>
        <source>Choose a table in the tree on the left.</source>
        <translation>Wählen Sie links im Baum eine Tabelle aus.</translation>
    </message>
    <message>
        <source>No loaded item contains “%1”. Find searches only the items read so far.</source>
        <translation>Kein geladenes Element enthält „%1“. Die Suche durchsucht nur die bisher gelesenen Elemente.</translation>
    </message>
    <message>
        <source>This table has no items. Add one with New Item (Ctrl+N) or import a file with Import… (Ctrl+I).</source>
        <translation>Diese Tabelle enthält keine Elemente. Fügen Sie eines mit „Neues Element“ (Strg+N) hinzu oder importieren Sie eine Datei mit „Importieren…“ (Strg+I).</translation>
    </message>
    <message>
        <source>The query matched no items. A filter only applies after items are read, so a scan can read many items and still return none.</source>
        <translation>Die Abfrage hat keine Elemente gefunden. Ein Filter wird erst nach dem Lesen der Elemente angewendet, daher kann ein Scan viele Elemente lesen und trotzdem keine zurückgeben.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ErrorPane</name>
    <message>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>dyna::views::ExportDialog</name>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>my-export-bucket</source>
        <translation>my-export-bucket</translation>
    </message>
    <message>
        <source>S3 prefix</source>
        <translation>S3-Präfix</translation>
    </message>
    <message>
        <source>optional, e.g. exports/orders</source>
        <translation>optional, z. B. exports/orders</translation>
    </message>
    <message>
        <source>Export the table as it was at</source>
        <translation>Tabelle exportieren mit Stand vom</translation>
    </message>
    <message>
        <source>Export time</source>
        <translation>Exportzeitpunkt</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Änderungen ab</translation>
    </message>
    <message>
        <source>Up to the latest change</source>
        <translation>Bis zur letzten Änderung</translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation>Änderungen bis</translation>
    </message>
    <message>
        <source>Export to S3</source>
        <translation>Export nach S3</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>Amazon Ion</source>
        <translation>Amazon Ion</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Bucket default</source>
        <translation>Bucket-Standard</translation>
    </message>
    <message>
        <source>S3 managed keys (AES256)</source>
        <translation>Von S3 verwaltete Schlüssel (AES256)</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS-Schlüssel</translation>
    </message>
    <message>
        <source>key id, ARN or alias</source>
        <translation>Schlüssel-ID, ARN oder Alias</translation>
    </message>
    <message>
        <source>Export type</source>
        <translation>Exporttyp</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Vollständiger Export</translation>
    </message>
    <message>
        <source>Incremental export</source>
        <translation>Inkrementeller Export</translation>
    </message>
    <message>
        <source>View type</source>
        <translation>Ansichtstyp</translation>
    </message>
    <message>
        <source>New and old images</source>
        <translation>Neue und alte Images</translation>
    </message>
    <message>
        <source>New images only</source>
        <translation>Nur neue Images</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation>S3-Bucket:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Bucket owner:</source>
        <translation>Bucket-Eigentümer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS-Schlüssel:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Changes from:</source>
        <translation>Änderungen ab:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>dyna::views::ExportsPanel</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>Destination: s3://%1/%2</source>
        <translation>Ziel: s3://%1/%2</translation>
    </message>
    <message>
        <source>Bucket owner: %1</source>
        <translation>Bucket-Eigentümer: %1</translation>
    </message>
    <message>
        <source>, encrypted with %1 %2</source>
        <translation>, verschlüsselt mit %1 %2</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Incremental export of the changes from %1 to %2 (%3)</source>
        <translation>Inkrementeller Export der Änderungen von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>the latest change</source>
        <translation>zur letzten Änderung</translation>
    </message>
    <message>
        <source>Full export of the table as of %1</source>
        <translation>Vollständiger Export der Tabelle mit Stand vom %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Elemente: %1</translation>
    </message>
    <message>
        <source>Billed size: %1</source>
        <translation>Abgerechnete Größe: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Exports to S3</source>
        <translation>Exporte nach S3</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the chosen table to an S3 bucket</source>
        <translation>Die ausgewählte Tabelle in einen S3-Bucket exportieren</translation>
    </message>
    <message>
        <source>Exports to S3 — %1</source>
        <translation>Exporte nach S3 — %1</translation>
    </message>
    <message>
        <source>Select an export to see its details.</source>
        <translation>Wählen Sie einen Export aus, um seine Details anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>dyna::views::GlobalTablesPanel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 to %2 units</source>
        <translation>%1 bis %2 Einheiten</translation>
    </message>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS-Schlüssel</translation>
    </message>
    <message>
        <source>Read capacity</source>
        <translation>Lesekapazität</translation>
    </message>
    <message>
        <source>Add replica…</source>
        <translation>Replikat hinzufügen…</translation>
    </message>
    <message>
        <source>Remove replica</source>
        <translation>Replikat entfernen</translation>
    </message>
    <message>
        <source>Read auto scaling</source>
        <translation>Auto Scaling (Lesen)</translation>
    </message>
    <message>
        <source>Write auto scaling</source>
        <translation>Auto Scaling (Schreiben)</translation>
    </message>
    <message>
        <source>Legacy global tables (2017.11.29)</source>
        <translation>Globale Legacy-Tabellen (2017.11.29)</translation>
    </message>
    <message>
        <source>Global table</source>
        <translation>Globale Tabelle</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Write capacity</source>
        <translation>Schreibkapazität</translation>
    </message>
    <message>
        <source>Create from this table…</source>
        <translation>Aus dieser Tabelle erstellen…</translation>
    </message>
    <message>
        <source>Add region…</source>
        <translation>Region hinzufügen…</translation>
    </message>
    <message>
        <source>Remove region…</source>
        <translation>Region entfernen…</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Replica auto scaling</source>
        <translation>Auto Scaling der Replikate</translation>
    </message>
    <message>
        <source>Legacy global tables</source>
        <translation>Globale Legacy-Tabellen</translation>
    </message>
    <message>
        <source>Legacy global table replicas</source>
        <translation>Replikate globaler Legacy-Tabellen</translation>
    </message>
    <message>
        <source>Replicas (version 2019.11.21)</source>
        <translation>Replikate (Version 2019.11.21)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Table&apos;s key</source>
        <translation>Schlüssel der Tabelle</translation>
    </message>
    <message>
        <source>Table&apos;s capacity</source>
        <translation>Kapazität der Tabelle</translation>
    </message>
    <message>
        <source>%1: %2, created %3, regions %4
%5</source>
        <translation>%1: %2, erstellt am %3, Regionen: %4
%5</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Global table, version 2019.11.21 (current)</source>
        <translation>Globale Tabelle, Version 2019.11.21 (aktuell)</translation>
    </message>
    <message>
        <source>Global table, version 2017.11.29 (legacy)</source>
        <translation>Globale Tabelle, Version 2017.11.29 (Legacy)</translation>
    </message>
    <message>
        <source>Not a global table: it has no replicas in other regions.</source>
        <translation>Keine globale Tabelle: Sie hat keine Replikate in anderen Regionen.</translation>
    </message>
    <message>
        <source>Add a replica of %1</source>
        <translation>Replikat von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation>Replikatregion</translation>
    </message>
    <message>
        <source>Replica KMS key</source>
        <translation>KMS-Schlüssel des Replikats</translation>
    </message>
    <message>
        <source>The table&apos;s key</source>
        <translation>Schlüssel der Tabelle</translation>
    </message>
    <message>
        <source>Replica read capacity</source>
        <translation>Lesekapazität des Replikats</translation>
    </message>
    <message>
        <source>The table&apos;s read capacity</source>
        <translation>Lesekapazität der Tabelle</translation>
    </message>
    <message>
        <source>Add replica</source>
        <translation>Replikat hinzufügen</translation>
    </message>
    <message>
        <source>DynamoDB copies table %1 and its items to the new region and keeps both in sync through the table&apos;s stream.</source>
        <translation>DynamoDB kopiert die Tabelle %1 und ihre Elemente in die neue Region und hält beide über den Stream der Tabelle synchron.</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>KMS-Schlüssel:</translation>
    </message>
    <message>
        <source>Read capacity:</source>
        <translation>Lesekapazität:</translation>
    </message>
    <message>
        <source>Remove the replica of table %1 in region %2? DynamoDB deletes the table and its items in %2; the table in this region stays.</source>
        <translation>Möchten Sie das Replikat der Tabelle %1 in der Region %2 entfernen? DynamoDB löscht die Tabelle und ihre Elemente in %2; die Tabelle in dieser Region bleibt erhalten.</translation>
    </message>
    <message>
        <source>Create legacy global table %1</source>
        <translation>Globale Legacy-Tabelle %1 erstellen</translation>
    </message>
    <message>
        <source>Regions of the global table</source>
        <translation>Regionen der globalen Tabelle</translation>
    </message>
    <message>
        <source>Create global table</source>
        <translation>Globale Tabelle erstellen</translation>
    </message>
    <message>
        <source>Version 2017.11.29 needs an empty table named %1 with the same key schema and a NEW_AND_OLD_IMAGES stream in every chosen region.</source>
        <translation>Version 2017.11.29 benötigt in jeder ausgewählten Region eine leere Tabelle namens %1 mit demselben Schlüsselschema und einem NEW_AND_OLD_IMAGES-Stream.</translation>
    </message>
    <message>
        <source>Choose at least one region for the global table.</source>
        <translation>Wählen Sie mindestens eine Region für die globale Tabelle aus.</translation>
    </message>
    <message>
        <source>Add a region to %1</source>
        <translation>Region zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Region to add</source>
        <translation>Hinzuzufügende Region</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>Region entfernen</translation>
    </message>
    <message>
        <source>Remove region %2 from global table %1? The table in %2 stops replicating; it is not deleted.</source>
        <translation>Möchten Sie die Region %2 aus der globalen Tabelle %1 entfernen? Die Tabelle in %2 wird nicht mehr repliziert; sie wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>Write capacity…</source>
        <translation>Schreibkapazität…</translation>
    </message>
    <message>
        <source>Write capacity of %1</source>
        <translation>Schreibkapazität von %1</translation>
    </message>
    <message>
        <source>Provisioned write capacity units</source>
        <translation>Bereitgestellte Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>DynamoDB applies the same provisioned write capacity in every region of a legacy global table. An on-demand global table becomes provisioned.</source>
        <translation>DynamoDB wendet in jeder Region einer globalen Legacy-Tabelle dieselbe bereitgestellte Schreibkapazität an. Eine globale On-Demand-Tabelle wird auf bereitgestellte Kapazität umgestellt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Write capacity units:</source>
        <translation>Schreibkapazitätseinheiten:</translation>
    </message>
    <message>
        <source>No replicas in other regions. Add one with Add replica…</source>
        <translation>Keine Replikate in anderen Regionen. Fügen Sie eines mit „Replikat hinzufügen…“ hinzu.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ImportDialog</name>
    <message>
        <source>String</source>
        <translation>Zeichenfolge</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>my-import-bucket</source>
        <translation>my-import-bucket</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <source>optional, e.g. exports/AWSDynamoDB/…/data/</source>
        <translation>optional, z. B. exports/AWSDynamoDB/…/data/</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <source>CSV header list</source>
        <translation>CSV-Kopfzeilenliste</translation>
    </message>
    <message>
        <source>empty: the first line of each file</source>
        <translation>leer: erste Zeile jeder Datei</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>Neuer Tabellenname</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>pk</source>
        <translation>pk</translation>
    </message>
    <message>
        <source>Partition key type</source>
        <translation>Typ des Partitionsschlüssels</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Sort key type</source>
        <translation>Typ des Sortierschlüssels</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>Import from S3</source>
        <translation>Import aus S3</translation>
    </message>
    <message>
        <source>Input format</source>
        <translation>Eingabeformat</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>Amazon Ion</source>
        <translation>Amazon Ion</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>GZIP</source>
        <translation>GZIP</translation>
    </message>
    <message>
        <source>ZSTD</source>
        <translation>ZSTD</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>Abrechnungsmodus</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation>S3-Bucket:</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>Schlüsselpräfix:</translation>
    </message>
    <message>
        <source>Bucket owner:</source>
        <translation>Bucket-Eigentümer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>CSV-Trennzeichen:</translation>
    </message>
    <message>
        <source>CSV headers:</source>
        <translation>CSV-Kopfzeilen:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <source>New table:</source>
        <translation>Neue Tabelle:</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Sortierschlüssel:</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <source>Capacity (read, write):</source>
        <translation>Kapazität (Lesen, Schreiben):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>dyna::views::ImportsPanel</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>New table: %1</source>
        <translation>Neue Tabelle: %1</translation>
    </message>
    <message>
        <source>Source: s3://%1/%2</source>
        <translation>Quelle: s3://%1/%2</translation>
    </message>
    <message>
        <source>Bucket owner: %1</source>
        <translation>Bucket-Eigentümer: %1</translation>
    </message>
    <message>
        <source>, delimiter “%1”</source>
        <translation>, Trennzeichen „%1“</translation>
    </message>
    <message>
        <source>, columns %1</source>
        <translation>, Spalten %1</translation>
    </message>
    <message>
        <source>, compression %1</source>
        <translation>, Komprimierung %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Processed items: %1 (%2)</source>
        <translation>Verarbeitete Elemente: %1 (%2)</translation>
    </message>
    <message>
        <source>Imported items: %1</source>
        <translation>Importierte Elemente: %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Error log: %1</source>
        <translation>Fehlerprotokoll: %1</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Imports from S3</source>
        <translation>Importe aus S3</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Create a new table from data in an S3 bucket</source>
        <translation>Neue Tabelle aus Daten in einem S3-Bucket erstellen</translation>
    </message>
    <message>
        <source>Select an import to see its details.</source>
        <translation>Wählen Sie einen Import aus, um seine Details anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>dyna::views::IndexEditor</name>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>INCLUDE only: comma-separated attribute names</source>
        <translation>Nur INCLUDE: kommagetrennte Attributnamen</translation>
    </message>
    <message>
        <source>Global secondary index</source>
        <translation>Globaler sekundärer Index</translation>
    </message>
    <message>
        <source>Local secondary index</source>
        <translation>Lokaler sekundärer Index</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Index name</source>
        <translation>Indexname</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Read / write</source>
        <translation>Lesen / Schreiben</translation>
    </message>
    <message>
        <source>Add index</source>
        <translation>Index hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Enter the index name.</source>
        <translation>Geben Sie den Indexnamen ein.</translation>
    </message>
    <message>
        <source>table key</source>
        <translation>Tabellenschlüssel</translation>
    </message>
    <message>
        <source>GSI</source>
        <translation>GSI</translation>
    </message>
    <message>
        <source>LSI</source>
        <translation>LSI</translation>
    </message>
    <message>
        <source>Index partition key</source>
        <translation>Partitionsschlüssel des Index</translation>
    </message>
    <message>
        <source>Index partition key type</source>
        <translation>Typ des Partitionsschlüssels des Index</translation>
    </message>
    <message>
        <source>Index sort key</source>
        <translation>Sortierschlüssel des Index</translation>
    </message>
    <message>
        <source>Index sort key type</source>
        <translation>Typ des Sortierschlüssels des Index</translation>
    </message>
    <message>
        <source>Index non-key attributes</source>
        <translation>Nicht-Schlüsselattribute des Index</translation>
    </message>
    <message>
        <source>Index read capacity</source>
        <translation>Lesekapazität des Index</translation>
    </message>
    <message>
        <source>Index write capacity</source>
        <translation>Schreibkapazität des Index</translation>
    </message>
    <message>
        <source>Indexes to add</source>
        <translation>Hinzuzufügende Indizes</translation>
    </message>
</context>
<context>
    <name>dyna::views::ItemEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>Einfaches JSON</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S)</source>
        <translation>Element speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Save your item over the one shown here</source>
        <translation>Ihr Element anstelle des hier angezeigten speichern</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Discard your changes and edit the item shown here</source>
        <translation>Ihre Änderungen verwerfen und das hier angezeigte Element bearbeiten</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 Attribut</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 Attribute</translation>
    </message>
    <message>
        <source>Valid item · %1 · %2 KB of 400 KB</source>
        <translation>Gültiges Element · %1 · %2 KB von 400 KB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The format was not changed because the text is not a valid item. %1</source>
        <translation>Das Format wurde nicht geändert, da der Text kein gültiges Element ist. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: there is no connection.</source>
        <translation>Nicht gespeichert: Es besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>Not saved: the connection changed after this item was opened. Open the item again from the current connection.</source>
        <translation>Nicht gespeichert: Die Verbindung hat sich geändert, nachdem dieses Element geöffnet wurde. Öffnen Sie das Element erneut über die aktuelle Verbindung.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved · %1 write capacity units.</source>
        <translation>Gespeichert · %1 Schreibkapazitätseinheiten.</translation>
    </message>
    <message>
        <source>Someone else changed this item, and it could not be read back.</source>
        <translation>Jemand anderes hat dieses Element geändert, und es konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The item as it is now in DynamoDB:</source>
        <translation>Das Element, wie es jetzt in DynamoDB gespeichert ist:</translation>
    </message>
    <message>
        <source>The item no longer exists in DynamoDB.</source>
        <translation>Das Element existiert in DynamoDB nicht mehr.</translation>
    </message>
    <message>
        <source>Not saved: an item with this key already exists. Your text is kept; compare it with the stored item, then Overwrite or Reload.</source>
        <translation>Nicht gespeichert: Ein Element mit diesem Schlüssel existiert bereits. Ihr Text bleibt erhalten; vergleichen Sie ihn mit dem gespeicherten Element und wählen Sie dann „Überschreiben“ oder „Neu laden“.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this item after you opened it. Your text is kept; compare it with the current item, then Overwrite or Reload.</source>
        <translation>Nicht gespeichert: Jemand anderes hat dieses Element geändert, nachdem Sie es geöffnet haben. Ihr Text bleibt erhalten; vergleichen Sie ihn mit dem aktuellen Element und wählen Sie dann „Überschreiben“ oder „Neu laden“.</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Elementtext</translation>
    </message>
    <message>
        <source>Item attributes</source>
        <translation>Elementattribute</translation>
    </message>
    <message>
        <source>Item as stored now</source>
        <translation>Element im aktuell gespeicherten Zustand</translation>
    </message>
</context>
<context>
    <name>dyna::views::ItemsPanel</name>
    <message>
        <source>Find in loaded items (Ctrl+F)</source>
        <translation>In Ergebnissen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Neues Element</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export Results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Select a table.</source>
        <translation>Wählen Sie eine Tabelle aus.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the table&apos;s keys and indexes…</source>
        <translation>Schlüssel und Indizes der Tabelle werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the table.</source>
        <translation>Die Tabelle konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded in %1 page(s)</source>
        <translation>
            <numerusform>%n Element in %1 Seite(n) geladen</numerusform>
            <numerusform>%n Elemente in %1 Seite(n) geladen</numerusform>
        </translation>
    </message>
    <message>
        <source> · last page: %1 scanned, %2 returned</source>
        <translation> · letzte Seite: %1 gescannt, %2 zurückgegeben</translation>
    </message>
    <message>
        <source> · %1 capacity units</source>
        <translation> · %1 Kapazitätseinheiten</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · Ende der Ergebnisse</translation>
    </message>
    <message>
        <source> · more: scroll down or press Ctrl+PgDown</source>
        <translation> · mehr: nach unten scrollen oder Strg+Bild ab drücken</translation>
    </message>
    <message>
        <source>Edit Item — %1</source>
        <translation>Element bearbeiten — %1</translation>
    </message>
    <message>
        <source>New Item — %1</source>
        <translation>Neues Element — %1</translation>
    </message>
    <message>
        <source>Duplicate Item — %1</source>
        <translation>Element duplizieren — %1</translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Elemente löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>Möchten Sie %n Element aus %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Möchten Sie %n Elemente aus %1 löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird gelöscht…</numerusform>
            <numerusform>%n Elemente werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Wird gelöscht… %1 von %2</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported %1 items (%2 KB)…</source>
        <translation>%1 Elemente exportiert (%2 KB)…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n Element nach %1 exportiert.</numerusform>
            <numerusform>%n Elemente nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>Elemente importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) written.</source>
        <translation>
            <numerusform>%1 von %n Datensatz geschrieben.</numerusform>
            <numerusform>%1 von %n Datensätzen geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected before sending:</source>
        <translation>
            <numerusform>%n Datensatz vor dem Senden abgelehnt:</numerusform>
            <numerusform>%n Datensätze vor dem Senden abgelehnt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) DynamoDB refused:</source>
        <translation>
            <numerusform>%n von DynamoDB abgelehntes Element:</numerusform>
            <numerusform>%n von DynamoDB abgelehnte Elemente:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was dropped silently: every line is listed below with its reason.</source>
        <translation>Nichts wurde stillschweigend verworfen: Jede Zeile ist unten mit ihrem Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Elementdetails</translation>
    </message>
    <message>
        <source>Find in results</source>
        <translation>In Ergebnissen suchen</translation>
    </message>
    <message>
        <source>Count Items</source>
        <translation>Elemente zählen</translation>
    </message>
    <message>
        <source>Counting the items of %1…</source>
        <translation>Die Elemente von %1 werden gezählt…</translation>
    </message>
    <message>
        <source>Counting the items of %1: %L2 so far…</source>
        <translation>Die Elemente von %1 werden gezählt: bisher %L2…</translation>
    </message>
    <message>
        <source>The count was cancelled.</source>
        <translation>Das Zählen wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %L2 items, counted by a scan in %n segment(s) in %3 s (%4 capacity units).</source>
        <translation>
            <numerusform>%1 enthält %L2 Elemente, gezählt mit einem Scan in %n Segment in %3 s (%4 Kapazitätseinheiten).</numerusform>
            <numerusform>%1 enthält %L2 Elemente, gezählt mit einem Scan in %n Segmenten in %3 s (%4 Kapazitätseinheiten).</numerusform>
        </translation>
    </message>
    <message>
        <source> · stopped by an error: press Ctrl+PgDown to try again</source>
        <translation> · durch einen Fehler angehalten: Strg+Bild ab drücken, um es erneut zu versuchen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dyna::views::KinesisPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Enable streaming</source>
        <translation>Streaming aktivieren</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Genauigkeit ändern</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Kinesis streaming destinations</source>
        <translation>Kinesis-Streaming-Ziele</translation>
    </message>
    <message>
        <source>Kinesis data stream</source>
        <translation>Kinesis-Datenstream</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Creation time precision</source>
        <translation>Genauigkeit der Erstellungszeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kinesis data stream ARN</source>
        <translation>ARN des Kinesis-Datenstreams</translation>
    </message>
    <message>
        <source>Approximate creation time precision</source>
        <translation>Genauigkeit der ungefähren Erstellungszeit</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Microseconds</source>
        <translation>Mikrosekunden</translation>
    </message>
    <message>
        <source>Apply the chosen precision to the selected destination</source>
        <translation>Ausgewählte Genauigkeit auf das markierte Ziel anwenden</translation>
    </message>
    <message>
        <source>Stream ARN</source>
        <translation>Stream-ARN</translation>
    </message>
    <message>
        <source>Kinesis streaming of %1</source>
        <translation>Kinesis-Streaming von %1</translation>
    </message>
    <message>
        <source>MILLISECOND (default)</source>
        <translation>MILLISECOND (Standard)</translation>
    </message>
    <message>
        <source>Table %1 does not stream to any Kinesis data stream.</source>
        <translation>Tabelle %1 streamt in keinen Kinesis-Datenstream.</translation>
    </message>
    <message>
        <source>Disable Kinesis streaming</source>
        <translation>Kinesis-Streaming deaktivieren</translation>
    </message>
    <message>
        <source>Stop streaming the changes of table %1 to the Kinesis data stream %2? Neither the table nor the stream is deleted; you can enable streaming again later.</source>
        <translation>Möchten Sie das Streaming der Änderungen von Tabelle %1 in den Kinesis-Datenstream %2 beenden? Weder die Tabelle noch der Stream wird gelöscht; Sie können das Streaming später wieder aktivieren.</translation>
    </message>
    <message>
        <source>Disable streaming</source>
        <translation>Streaming deaktivieren</translation>
    </message>
</context>
<context>
    <name>dyna::views::LimitsPanel</name>
    <message>
        <source>Capacity limits</source>
        <translation>Kapazitätslimits</translation>
    </message>
    <message>
        <source>The table&apos;s capacity against the quotas</source>
        <translation>Kapazität der Tabelle im Vergleich zu den Kontingenten</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Diese Tabelle</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Account maximum, read capacity units</source>
        <translation>Kontomaximum, Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Account maximum, write capacity units</source>
        <translation>Kontomaximum, Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>Per-table maximum, read capacity units</source>
        <translation>Maximum pro Tabelle, Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Per-table maximum, write capacity units</source>
        <translation>Maximum pro Tabelle, Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>Select a table to see its capacity against these quotas.</source>
        <translation>Wählen Sie eine Tabelle aus, um ihre Kapazität im Vergleich zu diesen Kontingenten anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 provisions %2 read and %3 write capacity units, counting its global secondary indexes.</source>
        <translation>%1 stellt %2 Lese- und %3 Schreibkapazitätseinheiten bereit, einschließlich ihrer globalen sekundären Indizes.</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capacity limits beside %1</source>
        <translation>Kapazitätslimits für %1</translation>
    </message>
</context>
<context>
    <name>dyna::views::NavigationPanel</name>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>List the tables again</source>
        <translation>Tabellen erneut auflisten</translation>
    </message>
    <message>
        <source>Local · %1</source>
        <translation>Lokal · %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not connect; still connected to %1.</source>
        <translation>Verbindung fehlgeschlagen; weiterhin verbunden mit %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation>Tabellen werden geladen…</translation>
    </message>
    <message>
        <source>Loading tables… %1 so far</source>
        <translation>Tabellen werden geladen… bisher %1</translation>
    </message>
    <message>
        <source>Tables listed before the error: %1</source>
        <translation>Vor dem Fehler aufgelistete Tabellen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n table(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Tabelle</numerusform>
            <numerusform>%1 · %2 · %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Region…</source>
        <translation>Region öffnen…</translation>
    </message>
    <message>
        <source>Refresh Tables</source>
        <translation>Tabellen aktualisieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Remove from Tree</source>
        <translation>Aus Baum entfernen</translation>
    </message>
    <message>
        <source>Connect and Open</source>
        <translation>Verbinden und öffnen</translation>
    </message>
    <message>
        <source>Open Region</source>
        <translation>Region öffnen</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Connections and tables</source>
        <translation>Verbindungen und Tabellen</translation>
    </message>
</context>
<context>
    <name>dyna::views::OperationsPanel</name>
    <message>
        <source>Time to live…</source>
        <translation>Time to Live…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Time to live is set with the table&apos;s overview</source>
        <translation>Time to Live wird in der Übersicht der Tabelle festgelegt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>On-demand backups: create, restore into a new table, delete</source>
        <translation>On-Demand-Sicherungen: erstellen, in eine neue Tabelle wiederherstellen, löschen</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>Point-in-Time-Wiederherstellung</translation>
    </message>
    <message>
        <source>Continuous backups and restores to any second of the last 35 days</source>
        <translation>Fortlaufende Sicherungen und Wiederherstellung auf jede Sekunde der letzten 35 Tage</translation>
    </message>
    <message>
        <source>Exports to S3</source>
        <translation>Exporte nach S3</translation>
    </message>
    <message>
        <source>Full and incremental exports of the table to an S3 bucket</source>
        <translation>Vollständige und inkrementelle Exporte der Tabelle in einen S3-Bucket</translation>
    </message>
    <message>
        <source>Imports from S3</source>
        <translation>Importe aus S3</translation>
    </message>
    <message>
        <source>New tables from CSV, DynamoDB JSON or Amazon Ion files in S3</source>
        <translation>Neue Tabellen aus CSV-, DynamoDB-JSON- oder Amazon-Ion-Dateien in S3</translation>
    </message>
    <message>
        <source>Global tables</source>
        <translation>Globale Tabellen</translation>
    </message>
    <message>
        <source>Replicas of the table in other regions</source>
        <translation>Replikate der Tabelle in anderen Regionen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The table&apos;s tags</source>
        <translation>Die Tags der Tabelle</translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation>Ressourcenrichtlinie</translation>
    </message>
    <message>
        <source>Resource-based policies of the table and its stream</source>
        <translation>Ressourcenbasierte Richtlinien der Tabelle und ihres Streams</translation>
    </message>
    <message>
        <source>Kinesis streaming</source>
        <translation>Kinesis-Streaming</translation>
    </message>
    <message>
        <source>Kinesis Data Streams destinations of the table&apos;s changes</source>
        <translation>Kinesis-Data-Streams-Ziele für die Änderungen der Tabelle</translation>
    </message>
    <message>
        <source>Contributor insights</source>
        <translation>Contributor Insights</translation>
    </message>
    <message>
        <source>The most accessed and throttled keys of the table and its indexes</source>
        <translation>Die am häufigsten abgerufenen und gedrosselten Schlüssel der Tabelle und ihrer Indizes</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>The account&apos;s capacity quotas beside the table&apos;s capacity</source>
        <translation>Die Kapazitätskontingente des Kontos neben der Kapazität der Tabelle</translation>
    </message>
    <message>
        <source>Connect to an account or to DynamoDB Local to manage backups, exports and the other operations.</source>
        <translation>Verbinden Sie sich mit einem Konto oder mit DynamoDB Local, um Sicherungen, Exporte und die übrigen Vorgänge zu verwalten.</translation>
    </message>
    <message>
        <source>Choose a table in the navigation. Account-wide lists (backups, exports, imports, global tables, limits) work without one.</source>
        <translation>Wählen Sie in der Navigation eine Tabelle aus. Kontoweite Listen (Sicherungen, Exporte, Importe, globale Tabellen, Limits) funktionieren auch ohne Tabelle.</translation>
    </message>
    <message>
        <source>Operations on table %1</source>
        <translation>Vorgänge für Tabelle %1</translation>
    </message>
</context>
<context>
    <name>dyna::views::PartiqlEditor</name>
    <message>
        <source>SELECT * FROM &quot;Table&quot; WHERE pk = ?  (Ctrl+Return runs the statement under the cursor)</source>
        <translation>SELECT * FROM &quot;Table&quot; WHERE pk = ?  (Strg+Eingabe führt die Anweisung unter dem Cursor aus)</translation>
    </message>
    <message>
        <source>PartiQL statement</source>
        <translation>PartiQL-Anweisung</translation>
    </message>
</context>
<context>
    <name>dyna::views::PartiqlPanel</name>
    <message>
        <source>Consistent read</source>
        <translation>Konsistentes Lesen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Batch (up to %1 statements)</source>
        <translation>Batch (bis zu %1 Anweisungen)</translation>
    </message>
    <message>
        <source>Transaction (up to %1 statements)</source>
        <translation>Transaktion (bis zu %1 Anweisungen)</translation>
    </message>
    <message>
        <source>Client request token (empty: a new one)</source>
        <translation>Client-Anforderungstoken (leer: ein neues)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Limit: </source>
        <translation>Limit: </translation>
    </message>
    <message>
        <source>Items read per page (Limit); 0 lets DynamoDB decide.</source>
        <translation>Pro Seite gelesene Elemente (Limit); bei 0 entscheidet DynamoDB.</translation>
    </message>
    <message>
        <source>Run the statement under the cursor or the selection (Ctrl+Return)</source>
        <translation>Anweisung unter dem Cursor oder die Auswahl ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Double-click to put the statement into the editor.</source>
        <translation>Doppelklicken, um die Anweisung in den Editor zu übernehmen.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Read the Whole Table?</source>
        <translation>Die gesamte Tabelle lesen?</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Anweisung speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>BOOL</source>
        <translation>BOOL</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>Einfaches JSON</translation>
    </message>
    <message>
        <source>Value of ? number %1</source>
        <translation>Wert für ? Nummer %1</translation>
    </message>
    <message>
        <source>Parameter %1 is not valid: %2</source>
        <translation>Parameter %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Connect to an account or a local endpoint first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Konto oder einem lokalen Endpunkt.</translation>
    </message>
    <message>
        <source>Type a statement to run.</source>
        <translation>Geben Sie eine auszuführende Anweisung ein.</translation>
    </message>
    <message>
        <source>Type the statements to run, separated by &apos;;&apos;.</source>
        <translation>Geben Sie die auszuführenden Anweisungen ein, getrennt durch &apos;;&apos;.</translation>
    </message>
    <message>
        <source>%1 statements were typed; a %2 takes at most %3.</source>
        <translation>Es wurden %1 Anweisungen eingegeben; %2 umfasst höchstens %3.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>ein Batch</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>eine Transaktion</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Schlüssel von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>reads the whole table</source>
        <translation>liest die gesamte Tabelle</translation>
    </message>
    <message>
        <source>Not run: full table scan (%1).</source>
        <translation>Nicht ausgeführt: vollständiger Tabellenscan (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) as a batch…</source>
        <translation>
            <numerusform>%n Anweisung wird als Batch ausgeführt…</numerusform>
            <numerusform>%n Anweisungen werden als Batch ausgeführt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) as a transaction…</source>
        <translation>
            <numerusform>%n Anweisung wird als Transaktion ausgeführt…</numerusform>
            <numerusform>%n Anweisungen werden als Transaktion ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch did not run.</source>
        <translation>Der Batch wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Batch: %1 of %2 statement(s) succeeded · %3 capacity units</source>
        <translation>Batch: %1 von %2 Anweisung(en) erfolgreich · %3 Kapazitätseinheiten</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) failed</source>
        <translation>
            <numerusform>%n Anweisung fehlgeschlagen</numerusform>
            <numerusform>%n Anweisungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Client request token: %1</source>
        <translation>Client-Anforderungstoken: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not applied (the transaction was cancelled)</source>
        <translation>Nicht angewendet (die Transaktion wurde abgebrochen)</translation>
    </message>
    <message>
        <source>The transaction was not applied.</source>
        <translation>Die Transaktion wurde nicht angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>Transaction of %n statement(s) applied · %1 capacity units</source>
        <translation>
            <numerusform>Transaktion mit %n Anweisung angewendet · %1 Kapazitätseinheiten</numerusform>
            <numerusform>Transaktion mit %n Anweisungen angewendet · %1 Kapazitätseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s)</source>
        <translation>
            <numerusform>%n Element auf %1 Seite(n)</numerusform>
            <numerusform>%n Elemente auf %1 Seite(n)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 capacity units</source>
        <translation> · %1 Kapazitätseinheiten</translation>
    </message>
    <message>
        <source> · full table scan: %1</source>
        <translation> · vollständiger Tabellenscan: %1</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · Ende der Ergebnisse</translation>
    </message>
    <message>
        <source> · more: scroll down or press Ctrl+PgDown</source>
        <translation> · mehr: nach unten scrollen oder Strg+Bild ab drücken</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 ms · %5 capacity units
%6</source>
        <translation>%1 %2 · %3 · %4 ms · %5 Kapazitätseinheiten
%6</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <source>Client request token</source>
        <translation>Client-Anforderungstoken</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Result items</source>
        <translation>Ergebniselemente</translation>
    </message>
    <message>
        <source>Statement outcomes</source>
        <translation>Ergebnisse der Anweisungen</translation>
    </message>
    <message>
        <source>Statement history</source>
        <translation>Anweisungsverlauf</translation>
    </message>
    <message>
        <source>Saved statements</source>
        <translation>Gespeicherte Anweisungen</translation>
    </message>
    <message>
        <source>Type a statement above and run it with Run (Ctrl+Return).</source>
        <translation>Geben Sie oben eine Anweisung ein und führen Sie sie mit „Ausführen“ (Strg+Eingabe) aus.</translation>
    </message>
    <message>
        <source>The statement returned no items.</source>
        <translation>Die Anweisung hat keine Elemente zurückgegeben.</translation>
    </message>
    <message>
        <source>Run a batch or a transaction (Ctrl+Return) to see the outcome of each statement here.</source>
        <translation>Führen Sie einen Batch oder eine Transaktion aus (Strg+Eingabe), um hier das Ergebnis jeder Anweisung zu sehen.</translation>
    </message>
</context>
<context>
    <name>dyna::views::PointInTimePanel</name>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Restore to a point in time…</source>
        <translation>Auf einen Zeitpunkt wiederherstellen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>Point-in-Time-Wiederherstellung</translation>
    </message>
    <message>
        <source>Restorable window</source>
        <translation>Wiederherstellbarer Zeitraum</translation>
    </message>
    <message>
        <source>Point-in-time recovery of %1</source>
        <translation>Point-in-Time-Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>None: turn point-in-time recovery on to restore to any second from then on (up to 35 days back).</source>
        <translation>Keiner: Aktivieren Sie die Point-in-Time-Wiederherstellung, um ab dann auf jede beliebige Sekunde wiederherstellen zu können (bis zu 35 Tage zurück).</translation>
    </message>
    <message>
        <source>Turn off point-in-time recovery</source>
        <translation>Point-in-Time-Wiederherstellung deaktivieren</translation>
    </message>
    <message>
        <source>Turn off point-in-time recovery for %1? The restorable window is lost; turning it on again starts a new window from that moment.</source>
        <translation>Point-in-Time-Wiederherstellung für %1 deaktivieren? Der wiederherstellbare Zeitraum geht verloren; bei erneutem Aktivieren beginnt ab diesem Moment ein neuer Zeitraum.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Deaktivieren</translation>
    </message>
</context>
<context>
    <name>dyna::views::PreferencesDialog</name>
    <message>
        <source> items</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <source> records</source>
        <translation> Datensätze</translation>
    </message>
    <message>
        <source>Change records the Streams inspector keeps; the oldest go first.</source>
        <translation>Änderungsdatensätze, die der Stream-Inspektor aufbewahrt; die ältesten werden zuerst entfernt.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The shortest wait between two GetRecords calls on one shard. DynamoDB allows five a second per shard.</source>
        <translation>Die kürzeste Wartezeit zwischen zwei GetRecords-Aufrufen auf einem Shard. DynamoDB erlaubt fünf pro Sekunde und Shard.</translation>
    </message>
    <message>
        <source>How often backups, exports, imports and replicas in progress are looked at again.</source>
        <translation>Wie oft laufende Sicherungen, Exporte, Importe und Replikate erneut abgefragt werden.</translation>
    </message>
    <message>
        <source>Ask before deleting items</source>
        <translation>Vor dem Löschen von Elementen fragen</translation>
    </message>
    <message>
        <source>Ask before every write on a production connection</source>
        <translation>Bei Produktionsverbindungen vor jedem Schreiben fragen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profiles marked as production show their colour around the window; with this on, each write request waits for your confirmation.</source>
        <translation>Als Produktion markierte Profile zeigen ihre Farbe um das Fenster; ist diese Option aktiviert, wartet jede Schreibanforderung auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Reading data</source>
        <translation>Daten lesen</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>Parallel scan &amp;segments:</source>
        <translation>Scan-&amp;Segmente:</translation>
    </message>
    <message>
        <source>Streams and operations</source>
        <translation>Streams und Vorgänge</translation>
    </message>
    <message>
        <source>Stream &amp;buffer:</source>
        <translation>Stream-&amp;Puffer:</translation>
    </message>
    <message>
        <source>Stream &amp;poll interval:</source>
        <translation>Stream-&amp;Abfrageintervall:</translation>
    </message>
    <message>
        <source>&amp;Operations poll interval:</source>
        <translation>&amp;Vorgangs-Abfrageintervall:</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Items per Query or Scan page. Automatic fills pages of just under 1 MB from the table&apos;s average item size.</source>
        <translation>Elemente pro Query- oder Scan-Seite. Automatisch füllt Seiten knapp unter 1 MB anhand der durchschnittlichen Elementgröße der Tabelle.</translation>
    </message>
    <message>
        <source>A new Scan is split into this many segments read at the same time (parallel scan). More segments finish sooner and consume capacity faster. Automatic uses more as the table grows.</source>
        <translation>Ein neuer Scan wird in so viele gleichzeitig gelesene Segmente aufgeteilt (paralleler Scan). Mehr Segmente sind schneller fertig und verbrauchen Kapazität schneller. Automatisch nimmt mehr, je größer die Tabelle ist.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>dyna::views::ProductionMarker</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>This profile is marked as production: every write asks first.</source>
        <translation>Dieses Profil ist als Produktion markiert: Jeder Schreibvorgang wird vorher bestätigt.</translation>
    </message>
</context>
<context>
    <name>dyna::views::QueryBuilder</name>
    <message>
        <source>%1 is not base64 text.</source>
        <translation>%1 ist kein Base64-Text.</translation>
    </message>
    <message>
        <source>a BOOL value is true or false.</source>
        <translation>Ein BOOL-Wert ist true oder false.</translation>
    </message>
    <message>
        <source>IN with JSON takes an array of DynamoDB JSON values.</source>
        <translation>IN mit JSON erwartet ein Array von DynamoDB-JSON-Werten.</translation>
    </message>
    <message>
        <source>write a JSON object.</source>
        <translation>Geben Sie ein JSON-Objekt ein.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Scan the whole table?</source>
        <translation>Gesamte Tabelle scannen?</translation>
    </message>
    <message>
        <source>Run the scan anyway?</source>
        <translation>Scan trotzdem ausführen?</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Raw expressions</source>
        <translation>Rohe Ausdrücke</translation>
    </message>
    <message>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>all attributes; or paths separated by commas</source>
        <translation>alle Attribute; oder durch Kommas getrennte Pfade</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projektion:</translation>
    </message>
    <message>
        <source>Key condition, e.g. #pk = :pk</source>
        <translation>Schlüsselbedingung, z. B. #pk = :pk</translation>
    </message>
    <message>
        <source>Filter, e.g. #status IN (:a, :b)</source>
        <translation>Filter, z. B. #status IN (:a, :b)</translation>
    </message>
    <message>
        <source>Projection, e.g. #pk, #status</source>
        <translation>Projektion, z. B. #pk, #status</translation>
    </message>
    <message>
        <source>Names: {&quot;#pk&quot;: &quot;customer&quot;}</source>
        <translation>Namen: {&quot;#pk&quot;: &quot;customer&quot;}</translation>
    </message>
    <message>
        <source>Values: {&quot;:pk&quot;: {&quot;S&quot;: &quot;c-1&quot;}}</source>
        <translation>Werte: {&quot;:pk&quot;: {&quot;S&quot;: &quot;c-1&quot;}}</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Consistent read</source>
        <translation>Konsistentes Lesen</translation>
    </message>
    <message>
        <source> items</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Table (%1)</source>
        <translation>Tabelle (%1)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>%1 must stand for a name in quotes.</source>
        <translation>%1 muss für einen Namen in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Partition key value</source>
        <translation>Wert des Partitionsschlüssels</translation>
    </message>
    <message>
        <source>Sort key value</source>
        <translation>Wert des Sortierschlüssels</translation>
    </message>
    <message>
        <source>Sort key high bound</source>
        <translation>Obergrenze des Sortierschlüssels</translation>
    </message>
    <message>
        <source>Filter %1 value</source>
        <translation>Wert von Filter %1</translation>
    </message>
    <message>
        <source>attribute path, e.g. address.city</source>
        <translation>Attributpfad, z. B. address.city</translation>
    </message>
    <message>
        <source>Value type; JSON takes DynamoDB JSON such as {&quot;SS&quot;: [&quot;a&quot;]}.</source>
        <translation>Werttyp; JSON erwartet DynamoDB JSON wie {&quot;SS&quot;: [&quot;a&quot;]}.</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>JSON array, e.g. [{&quot;S&quot;: &quot;a&quot;}, {&quot;N&quot;: &quot;1&quot;}]</source>
        <translation>JSON-Array, z. B. [{&quot;S&quot;: &quot;a&quot;}, {&quot;N&quot;: &quot;1&quot;}]</translation>
    </message>
    <message>
        <source>values separated by commas, e.g. a, b, c</source>
        <translation>durch Kommas getrennte Werte, z. B. a, b, c</translation>
    </message>
    <message>
        <source>S, N, B, SS, NS, BS, BOOL, NULL, L or M</source>
        <translation>S, N, B, SS, NS, BS, BOOL, NULL, L oder M</translation>
    </message>
    <message>
        <source>size as a number</source>
        <translation>Größe als Zahl</translation>
    </message>
    <message>
        <source>DynamoDB JSON, e.g. {&quot;SS&quot;: [&quot;a&quot;, &quot;b&quot;]}</source>
        <translation>DynamoDB JSON, z. B. {&quot;SS&quot;: [&quot;a&quot;, &quot;b&quot;]}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>low bound</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>no sort key</source>
        <translation>kein Sortierschlüssel</translation>
    </message>
    <message>
        <source>Global secondary indexes support only eventually consistent reads.</source>
        <translation>Globale sekundäre Indizes unterstützen nur letztendlich konsistente Lesevorgänge.</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>Untergrenze %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>Obergrenze %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Items per page. Automatic fills pages of just under 1 MB from the table&apos;s average item size.</source>
        <translation>Elemente pro Seite. Automatisch füllt Seiten knapp unter 1 MB anhand der durchschnittlichen Elementgröße der Tabelle.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Parallel scan: the number of segments read at the same time. Automatic uses more segments as the table grows, up to one per processor core for a local endpoint.</source>
        <translation>Paralleler Scan: die Zahl der gleichzeitig gelesenen Segmente. Automatisch nimmt mehr Segmente, je größer die Tabelle ist, bei einem lokalen Endpunkt höchstens eines pro Prozessorkern.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ResourcePolicyPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Confirm remove self resource access</source>
        <translation>Entfernen des eigenen Ressourcenzugriffs bestätigen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>Richtlinie löschen…</translation>
    </message>
    <message>
        <source>Policy of</source>
        <translation>Richtlinie von</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Policy document (JSON)</source>
        <translation>Richtliniendokument (JSON)</translation>
    </message>
    <message>
        <source>No policy is attached. Type a policy document, for example:
{&quot;Version&quot;: &quot;2012-10-17&quot;, &quot;Statement&quot;: [{&quot;Effect&quot;: &quot;Allow&quot;, &quot;Principal&quot;: {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:role/reader&quot;}, &quot;Action&quot;: &quot;dynamodb:GetItem&quot;, &quot;Resource&quot;: &quot;&lt;table ARN&gt;&quot;}]}</source>
        <translation>Es ist keine Richtlinie angefügt. Geben Sie ein Richtliniendokument ein, zum Beispiel:
{&quot;Version&quot;: &quot;2012-10-17&quot;, &quot;Statement&quot;: [{&quot;Effect&quot;: &quot;Allow&quot;, &quot;Principal&quot;: {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:role/reader&quot;}, &quot;Action&quot;: &quot;dynamodb:GetItem&quot;, &quot;Resource&quot;: &quot;&lt;table ARN&gt;&quot;}]}</translation>
    </message>
    <message>
        <source>Needed when the policy denies you permission to read or change this policy later (ConfirmRemoveSelfResourceAccess).</source>
        <translation>Erforderlich, wenn die Richtlinie Ihnen später die Berechtigung verweigert, diese Richtlinie zu lesen oder zu ändern (ConfirmRemoveSelfResourceAccess).</translation>
    </message>
    <message>
        <source>Policy of:</source>
        <translation>Richtlinie von:</translation>
    </message>
    <message>
        <source>The policy document is valid.</source>
        <translation>Das Richtliniendokument ist gültig.</translation>
    </message>
    <message>
        <source>Resource policy of %1</source>
        <translation>Ressourcenrichtlinie von %1</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
    <message>
        <source>This table has no stream.</source>
        <translation>Diese Tabelle hat keinen Stream.</translation>
    </message>
    <message>
        <source>Reading the policy…</source>
        <translation>Richtlinie wird gelesen…</translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation>Richtlinie wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. DynamoDB applies a new policy within a few seconds.</source>
        <translation>Gespeichert. DynamoDB wendet eine neue Richtlinie innerhalb weniger Sekunden an.</translation>
    </message>
    <message>
        <source>Delete resource policy</source>
        <translation>Ressourcenrichtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the resource policy of the stream of table %1? Access it grants or denies ends within a few seconds.</source>
        <translation>Ressourcenrichtlinie des Streams von Tabelle %1 löschen? Der durch sie gewährte oder verweigerte Zugriff endet innerhalb weniger Sekunden.</translation>
    </message>
    <message>
        <source>Delete the resource policy of table %1? Access it grants or denies, including to the table&apos;s indexes, ends within a few seconds.</source>
        <translation>Ressourcenrichtlinie von Tabelle %1 löschen? Der durch sie gewährte oder verweigerte Zugriff, auch auf die Indizes der Tabelle, endet innerhalb weniger Sekunden.</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Deleting the policy…</source>
        <translation>Richtlinie wird gelöscht…</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>Die Richtlinie wurde gelöscht.</translation>
    </message>
    <message>
        <source>The policy was changed or deleted by someone else since you loaded revision %1, so it was not overwritten. Your text is kept below; Reload shows the current policy (and replaces your text).</source>
        <translation>Die Richtlinie wurde seit dem Laden von Revision %1 von jemand anderem geändert oder gelöscht und daher nicht überschrieben. Ihr Text bleibt unten erhalten; „Neu laden“ zeigt die aktuelle Richtlinie an (und ersetzt Ihren Text).</translation>
    </message>
    <message>
        <source>A policy was attached by someone else since you loaded this resource, so it was not overwritten. Your text is kept below; Reload shows the current policy (and replaces your text).</source>
        <translation>Seit dem Laden dieser Ressource wurde von jemand anderem eine Richtlinie angefügt, die daher nicht überschrieben wurde. Ihr Text bleibt unten erhalten; „Neu laden“ zeigt die aktuelle Richtlinie an (und ersetzt Ihren Text).</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>No policy attached</source>
        <translation>Keine Richtlinie angefügt</translation>
    </message>
</context>
<context>
    <name>dyna::views::RestoreTableDialog</name>
    <message>
        <source>Global secondary indexes to restore</source>
        <translation>Wiederherzustellende globale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Local secondary indexes to restore</source>
        <translation>Wiederherzustellende lokale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>Auf einen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>Neuer Tabellenname</translation>
    </message>
    <message>
        <source>Capacity mode</source>
        <translation>Kapazitätsmodus</translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation>Wie in der Quelle</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Lesekapazitätseinheiten</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Schreibkapazitätseinheiten</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>AWS owned key</source>
        <translation>AWS-eigener Schlüssel</translation>
    </message>
    <message>
        <source>AWS managed key (aws/dynamodb)</source>
        <translation>Von AWS verwalteter Schlüssel (aws/dynamodb)</translation>
    </message>
    <message>
        <source>Customer managed KMS key</source>
        <translation>Kundenverwalteter KMS-Schlüssel</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>KMS-Schlüssel</translation>
    </message>
    <message>
        <source>Key ID, ARN or alias</source>
        <translation>Schlüssel-ID, ARN oder Alias</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Latest restorable time</source>
        <translation>Spätester wiederherstellbarer Zeitpunkt</translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation>Wiederherstellen auf</translation>
    </message>
    <message>
        <source>Global secondary indexes</source>
        <translation>Globale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Local secondary indexes</source>
        <translation>Lokale sekundäre Indizes</translation>
    </message>
    <message>
        <source>%1, restorable from %2 to %3</source>
        <translation>%1, wiederherstellbar von %2 bis %3</translation>
    </message>
    <message>
        <source>Reading the source table…</source>
        <translation>Quelltabelle wird gelesen…</translation>
    </message>
    <message>
        <source>Backup %1 of table %2, taken %3</source>
        <translation>Sicherung %1 von Tabelle %2, erstellt am %3</translation>
    </message>
    <message>
        <source>Starting the restore into %1…</source>
        <translation>Wiederherstellung in %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Table %1 is %2.</source>
        <translation>Tabelle %1 ist %2.</translation>
    </message>
    <message>
        <source>Table %1 is ACTIVE.</source>
        <translation>Tabelle %1 ist ACTIVE.</translation>
    </message>
</context>
<context>
    <name>dyna::views::RetryIndicator</name>
    <message>
        <source>Retried requests</source>
        <translation>Wiederholte Anfragen</translation>
    </message>
    <message>
        <source>%1: %2. Retrying in %3 s (attempt %4 of %5)…</source>
        <translation>%1: %2. Neuer Versuch in %3 s (Versuch %4 von %5)…</translation>
    </message>
    <message numerus="yes">
        <source>%n retried</source>
        <translation>
            <numerusform>%n wiederholt</numerusform>
            <numerusform>%n wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests retried on this connection: %1
Latest:
%2</source>
        <translation>Auf dieser Verbindung wiederholte Anfragen: %1
Zuletzt:
%2</translation>
    </message>
</context>
<context>
    <name>dyna::views::S3TransferDialog</name>
    <message>
        <source>Bucket owner account</source>
        <translation>Konto des Bucket-Eigentümers</translation>
    </message>
    <message>
        <source>only for a bucket of another account</source>
        <translation>nur für einen Bucket eines anderen Kontos</translation>
    </message>
</context>
<context>
    <name>dyna::views::S3TransferPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Only this table</source>
        <translation>Nur diese Tabelle</translation>
    </message>
    <message>
        <source>List only the transfers of the table chosen in the navigation</source>
        <translation>Nur die Übertragungen der in der Navigation gewählten Tabelle auflisten</translation>
    </message>
    <message>
        <source>None listed. Start one with %1 above.</source>
        <translation>Keine vorhanden. Starten Sie einen mit „%1“ oben.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Shortcuts work where the named tab has the focus; menu and window shortcuts work everywhere.</source>
        <translation>Tastenkürzel wirken, wenn der genannte Tab den Fokus hat; Menü- und Fenster-Tastenkürzel wirken überall.</translation>
    </message>
</context>
<context>
    <name>dyna::views::StreamInspectorPanel</name>
    <message>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
    <message>
        <source>Trim horizon (24 h)</source>
        <translation>Trim Horizon (24 h)</translation>
    </message>
    <message>
        <source>Latest (from now)</source>
        <translation>Neueste (ab jetzt)</translation>
    </message>
    <message>
        <source>Where reading starts on each shard.</source>
        <translation>Wo das Lesen auf jedem Shard beginnt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Freeze the list (Ctrl+P). Events keep arriving and are added on resume.</source>
        <translation>Liste einfrieren (Strg+P). Ereignisse treffen weiter ein und werden beim Fortsetzen hinzugefügt.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON Lines.</source>
        <translation>Die vom Filter angezeigten Ereignisse als JSON Lines speichern.</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>How many events the list keeps; the oldest go first.</source>
        <translation>Wie viele Ereignisse die Liste behält; die ältesten werden zuerst verworfen.</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Puffer:</translation>
    </message>
    <message>
        <source>INSERT</source>
        <translation>INSERT</translation>
    </message>
    <message>
        <source>MODIFY</source>
        <translation>MODIFY</translation>
    </message>
    <message>
        <source>REMOVE</source>
        <translation>REMOVE</translation>
    </message>
    <message>
        <source>Filter by key, e.g. pk=order#1</source>
        <translation>Nach Schlüssel filtern, z. B. pk=order#1</translation>
    </message>
    <message>
        <source>Search keys and images</source>
        <translation>Schlüssel und Images durchsuchen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export stream events</source>
        <translation>Stream-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>stream</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation>Stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Select a table in the navigation tree.</source>
        <translation>Wählen Sie im Navigationsbaum eine Tabelle aus.</translation>
    </message>
    <message>
        <source>Watch the stream of %1.</source>
        <translation>Stream von %1 beobachten.</translation>
    </message>
    <message>
        <source>Stream of %1 (watching; press Start to watch %2 instead)</source>
        <translation>Stream von %1 (wird beobachtet; „Starten“ drücken, um stattdessen %2 zu beobachten)</translation>
    </message>
    <message>
        <source>Stream of %1 (watching)</source>
        <translation>Stream von %1 (wird beobachtet)</translation>
    </message>
    <message>
        <source>Stream of %1</source>
        <translation>Stream von %1</translation>
    </message>
    <message>
        <source>Streams: select a table</source>
        <translation>Streams: Tabelle auswählen</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 wird beobachtet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>max lag %1</source>
        <translation>max. Verzögerung %1</translation>
    </message>
    <message>
        <source>%1 waiting (paused)</source>
        <translation>%1 wartend (angehalten)</translation>
    </message>
    <message>
        <source>%1 oldest events were dropped: the buffer holds %2. Raise the buffer size or export the events.</source>
        <translation>Die %1 ältesten Ereignisse wurden verworfen: Der Puffer fasst %2. Vergrößern Sie den Puffer oder exportieren Sie die Ereignisse.</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Puffergröße</translation>
    </message>
    <message>
        <source>Key filter</source>
        <translation>Schlüsselfilter</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Stream events</source>
        <translation>Stream-Ereignisse</translation>
    </message>
    <message>
        <source>No event matches the filters above.</source>
        <translation>Kein Ereignis entspricht den obigen Filtern.</translation>
    </message>
    <message>
        <source>Waiting for changes…</source>
        <translation>Warten auf Änderungen…</translation>
    </message>
    <message>
        <source>Choose a table in the tree on the left, then press Start to watch its stream.</source>
        <translation>Wählen Sie links im Baum eine Tabelle aus und klicken Sie dann auf „Starten“, um ihren Stream zu beobachten.</translation>
    </message>
    <message>
        <source>Press Start to watch the changes to %1. The table needs a stream: turn it on with Table &gt; Update Table….</source>
        <translation>Klicken Sie auf „Starten“, um die Änderungen an %1 zu beobachten. Die Tabelle benötigt einen Stream: Aktivieren Sie ihn über Tabelle &gt; Tabelle ändern….</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
</context>
<context>
    <name>dyna::views::StreamRecordDetail</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>OldImage</source>
        <translation>OldImage</translation>
    </message>
    <message>
        <source>NewImage</source>
        <translation>NewImage</translation>
    </message>
    <message>
        <source>Select an event to see its images.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Images anzuzeigen.</translation>
    </message>
    <message>
        <source>sequence number %1</source>
        <translation>Sequenznummer %1</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>created about %1</source>
        <translation>erstellt ca. %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>No value in this image.</source>
        <translation>Kein Wert in diesem Image.</translation>
    </message>
    <message>
        <source>This stream records keys only: no images.</source>
        <translation>Dieser Stream zeichnet nur Schlüssel auf: keine Images.</translation>
    </message>
    <message>
        <source>1 attribute changed</source>
        <translation>1 Attribut geändert</translation>
    </message>
    <message>
        <source>%1 attributes changed</source>
        <translation>%1 Attribute geändert</translation>
    </message>
    <message numerus="yes">
        <source>Item inserted with %n attribute(s).</source>
        <translation>
            <numerusform>Element mit %n Attribut eingefügt.</numerusform>
            <numerusform>Element mit %n Attributen eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item removed; the stream records no old image.</source>
        <translation>Element entfernt; der Stream zeichnet kein altes Image auf.</translation>
    </message>
    <message numerus="yes">
        <source>Item removed with %n attribute(s).</source>
        <translation>
            <numerusform>Element mit %n Attribut entfernt.</numerusform>
            <numerusform>Element mit %n Attributen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream records only one image: the changes cannot be shown.</source>
        <translation>Der Stream zeichnet nur ein Image auf: Die Änderungen können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Attributes of the record</source>
        <translation>Attribute des Datensatzes</translation>
    </message>
</context>
<context>
    <name>dyna::views::TableOverviewPanel</name>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned: %1 RCU, %2 WCU</source>
        <translation>Bereitgestellt: %1 RCU, %2 WCU</translation>
    </message>
    <message>
        <source>GSI</source>
        <translation>GSI</translation>
    </message>
    <message>
        <source>LSI</source>
        <translation>LSI</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>On-demand, at most %1 read and %2 write request units/s</source>
        <translation>On-Demand, höchstens %1 Lese- und %2 Schreibanforderungseinheiten/s</translation>
    </message>
    <message>
        <source>%1 [%2] %3; projects %4</source>
        <translation>%1 [%2] %3; projiziert %4</translation>
    </message>
    <message>
        <source>, backfilling</source>
        <translation>, Backfilling</translation>
    </message>
    <message>
        <source>; %1; %2</source>
        <translation>; %1; %2</translation>
    </message>
    <message>
        <source>; %1 items (approximate)</source>
        <translation>; %1 Elemente (ungefähr)</translation>
    </message>
    <message>
        <source>AWS owned key (default)</source>
        <translation>AWS-eigener Schlüssel (Standard)</translation>
    </message>
    <message>
        <source>AWS KMS key</source>
        <translation>AWS-KMS-Schlüssel</translation>
    </message>
    <message>
        <source>AWS owned key</source>
        <translation>AWS-eigener Schlüssel</translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation>Attributdefinitionen</translation>
    </message>
    <message>
        <source>approximate; DynamoDB refreshes it about every six hours</source>
        <translation>ungefähr; DynamoDB aktualisiert den Wert etwa alle sechs Stunden</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Time to Live</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Table class</source>
        <translation>Tabellenklasse</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>On, attribute %1</source>
        <translation>Ein, Attribut %1</translation>
    </message>
    <message>
        <source>%1 (attribute %2)</source>
        <translation>%1 (Attribut %2)</translation>
    </message>
    <message>
        <source>Time to &amp;live…</source>
        <translation>Time to &amp;Live…</translation>
    </message>
    <message>
        <source>Turn time to live on or off for this table</source>
        <translation>Time to Live für diese Tabelle aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>RCU: read capacity units per second; WCU: write capacity units per second.</source>
        <translation>RCU: Lesekapazitätseinheiten pro Sekunde; WCU: Schreibkapazitätseinheiten pro Sekunde.</translation>
    </message>
    <message>
        <source>GSI: global secondary index, any partition key; LSI: local secondary index, same partition key as the table.</source>
        <translation>GSI: globaler sekundärer Index, beliebiger Partitionsschlüssel; LSI: lokaler sekundärer Index, gleicher Partitionsschlüssel wie die Tabelle.</translation>
    </message>
</context>
<context>
    <name>dyna::views::TagsPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Tags speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>DynamoDB tags tables (TagResource takes a table ARN; its indexes share the table&apos;s tags). Backups cannot be tagged here: DynamoDB&apos;s tagging operations do not accept backup ARNs. At most 50 tags per table; keys up to 128 and values up to 256 characters of letters, numbers, spaces and + - = . _ : /. Keys starting with &quot;aws:&quot; are reserved for AWS.</source>
        <translation>DynamoDB taggt Tabellen (TagResource erwartet einen Tabellen-ARN; die Indizes teilen sich die Tags der Tabelle). Sicherungen können hier nicht getaggt werden: Die Tagging-Vorgänge von DynamoDB akzeptieren keine Sicherungs-ARNs. Höchstens 50 Tags pro Tabelle; Schlüssel bis 128 und Werte bis 256 Zeichen aus Buchstaben, Ziffern, Leerzeichen und + - = . _ : /. Schlüssel, die mit &quot;aws:&quot; beginnen, sind für AWS reserviert.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
    <message>
        <source>Reading tags…</source>
        <translation>Tags werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading tags… %n so far</source>
        <translation>
            <numerusform>Tags werden gelesen… bisher %n</numerusform>
            <numerusform>Tags werden gelesen… bisher %n</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS-assigned, read-only</source>
        <translation>Von AWS vergeben, schreibgeschützt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message>
        <source> · unsaved: %1 added, %2 changed, %3 removed</source>
        <translation> · nicht gespeichert: %1 hinzugefügt, %2 geändert, %3 entfernt</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saving tags…</source>
        <translation>Tags werden gespeichert…</translation>
    </message>
    <message>
        <source>No tags. Add one with Add tag, then press Save tags.</source>
        <translation>Keine Tags. Fügen Sie eines mit „Tag hinzufügen“ hinzu und klicken Sie dann auf „Tags speichern“.</translation>
    </message>
</context>
<context>
    <name>dyna::views::TimeToLiveDialog</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Time to live — %1</source>
        <translation>Time to Live — %1</translation>
    </message>
    <message>
        <source>Time to live attribute</source>
        <translation>Time-to-Live-Attribut</translation>
    </message>
    <message>
        <source>for example expiresAt</source>
        <translation>zum Beispiel expiresAt</translation>
    </message>
    <message>
        <source>A top-level Number attribute holding the expiry time in epoch seconds. Items without it never expire.</source>
        <translation>Ein Number-Attribut der obersten Ebene mit der Ablaufzeit in Epochensekunden. Elemente ohne dieses Attribut laufen nie ab.</translation>
    </message>
    <message>
        <source>DynamoDB deletes an item within a few days after the time in its TTL attribute, without consuming write capacity. A table takes one TTL change about every hour.</source>
        <translation>DynamoDB löscht ein Element innerhalb weniger Tage nach dem Zeitpunkt in seinem TTL-Attribut, ohne Schreibkapazität zu verbrauchen. Eine Tabelle akzeptiert etwa eine TTL-Änderung pro Stunde.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>&amp;Attribut:</translation>
    </message>
    <message>
        <source>Turn off time to live</source>
        <translation>Time to Live deaktivieren</translation>
    </message>
    <message>
        <source>Turn off time to live on table %1? Items stop expiring; turning it on again takes up to an hour.</source>
        <translation>Time to Live für Tabelle %1 deaktivieren? Elemente laufen dann nicht mehr ab; erneutes Aktivieren dauert bis zu einer Stunde.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>On, attribute %1</source>
        <translation>Ein, Attribut %1</translation>
    </message>
    <message>
        <source>Turning on (attribute %1)</source>
        <translation>Wird aktiviert (Attribut %1)</translation>
    </message>
    <message>
        <source>Turning off (attribute %1)</source>
        <translation>Wird deaktiviert (Attribut %1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>dyna::views::TransactionPanel</name>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation>Es ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>write a JSON object.</source>
        <translation>Geben Sie ein JSON-Objekt ein.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Retry with same token</source>
        <translation>Mit gleichem Token wiederholen</translation>
    </message>
    <message>
        <source>Write (TransactWriteItems)</source>
        <translation>Schreiben (TransactWriteItems)</translation>
    </message>
    <message>
        <source>Get (TransactGetItems)</source>
        <translation>Lesen (TransactGetItems)</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>Einfaches JSON</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>How keys and items are written; values are always DynamoDB JSON.</source>
        <translation>Wie Schlüssel und Elemente geschrieben werden; Werte sind immer DynamoDB JSON.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Key or item</source>
        <translation>Schlüssel oder Element</translation>
    </message>
    <message>
        <source>Update expression</source>
        <translation>Aktualisierungsausdruck</translation>
    </message>
    <message>
        <source>Condition expression</source>
        <translation>Bedingungsausdruck</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Automatic: a fresh UUID for each run</source>
        <translation>Automatisch: eine neue UUID pro Ausführung</translation>
    </message>
    <message>
        <source>Run the transaction (Ctrl+Return)</source>
        <translation>Transaktion ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send the same transaction with the token used last: DynamoDB applies it at most once within 10 minutes.</source>
        <translation>Dieselbe Transaktion mit dem zuletzt verwendeten Token senden: DynamoDB wendet sie innerhalb von 10 Minuten höchstens einmal an.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Keys and items as:</source>
        <translation>Schlüssel/Elemente als:</translation>
    </message>
    <message>
        <source>Client request token:</source>
        <translation>Client-Anforderungstoken:</translation>
    </message>
    <message>
        <source>{&quot;pk&quot;: &quot;id-1&quot;}</source>
        <translation>{&quot;pk&quot;: &quot;id-1&quot;}</translation>
    </message>
    <message>
        <source>SET #n = :v</source>
        <translation>SET #n = :v</translation>
    </message>
    <message>
        <source>attribute_exists(pk)</source>
        <translation>attribute_exists(pk)</translation>
    </message>
    <message>
        <source>pk, #n</source>
        <translation>pk, #n</translation>
    </message>
    <message>
        <source>{&quot;#n&quot;: &quot;name&quot;}</source>
        <translation>{&quot;#n&quot;: &quot;name&quot;}</translation>
    </message>
    <message>
        <source>{&quot;:v&quot;: {&quot;S&quot;: &quot;x&quot;}}</source>
        <translation>{&quot;:v&quot;: {&quot;S&quot;: &quot;x&quot;}}</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Token used: %1</source>
        <translation>Verwendetes Token: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>The transaction was cancelled; nothing was written.</source>
        <translation>Die Transaktion wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The transaction did not run.</source>
        <translation>Die Transaktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>None: not applied</source>
        <translation>Keins: nicht angewendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No such item</source>
        <translation>Element nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1 read capacity units).</source>
        <translation>
            <numerusform>%n Zeile gelesen (%1 Lesekapazitätseinheiten).</numerusform>
            <numerusform>%n Zeilen gelesen (%1 Lesekapazitätseinheiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The transaction was committed (%1 write capacity units).</source>
        <translation>Die Transaktion wurde festgeschrieben (%1 Schreibkapazitätseinheiten).</translation>
    </message>
    <message>
        <source>Transaction actions</source>
        <translation>Transaktionsaktionen</translation>
    </message>
    <message>
        <source>No actions yet. Add one with Add row, fill in its table and key, then press Run (Ctrl+Return).</source>
        <translation>Noch keine Aktionen. Fügen Sie eine mit „Zeile hinzufügen“ hinzu, geben Sie Tabelle und Schlüssel an und klicken Sie dann auf „Ausführen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Client request token</source>
        <translation>Client-Anforderungstoken</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>dyna::views::TriggerDialog</name>
    <message>
        <source>New items (%1)</source>
        <translation>Neue Elemente (%1)</translation>
    </message>
    <message>
        <source>Changed items (%1)</source>
        <translation>Geänderte Elemente (%1)</translation>
    </message>
    <message>
        <source>Removed items (%1)</source>
        <translation>Entfernte Elemente (%1)</translation>
    </message>
    <message>
        <source>New shards (%1)</source>
        <translation>Neue Shards (%1)</translation>
    </message>
    <message>
        <source>Scanned changes, for tables without a stream (%1)</source>
        <translation>Gescannte Änderungen, für Tabellen ohne Stream (%1)</translation>
    </message>
    <message>
        <source>From latest: only changes made after the trigger is added</source>
        <translation>Ab jetzt: nur Änderungen nach dem Hinzufügen des Triggers</translation>
    </message>
    <message>
        <source>Add Trigger</source>
        <translation>Trigger hinzufügen</translation>
    </message>
    <message>
        <source>30s, 1m, 5m, 1h</source>
        <translation>30s, 1m, 5m, 1h</translation>
    </message>
    <message>
        <source>partition key, sort key</source>
        <translation>Partitionsschlüssel, Sortierschlüssel</translation>
    </message>
    <message>
        <source>The table&apos;s key attributes, separated by a comma: the scan tells items apart by them.</source>
        <translation>Die Schlüsselattribute der Tabelle, durch Komma getrennt: Der Scan unterscheidet Elemente anhand dieser Attribute.</translation>
    </message>
    <message>
        <source>Unchecked, the trigger also sees the changes still in the stream (up to 24 hours old).</source>
        <translation>Wenn deaktiviert, sieht der Trigger auch die Änderungen, die sich noch im Stream befinden (bis zu 24 Stunden alt).</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Trigger:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;abelle:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Key attributes:</source>
        <translation>&amp;Schlüsselattribute:</translation>
    </message>
    <message>
        <source>Fires every %1 when there is something to hand on.</source>
        <translation>Wird alle %1 ausgelöst, wenn etwas weiterzugeben ist.</translation>
    </message>
    <message>
        <source>The table&apos;s size is unknown, so the figures assume an empty table. </source>
        <translation>Die Größe der Tabelle ist unbekannt, daher gehen die Zahlen von einer leeren Tabelle aus. </translation>
    </message>
</context>
<context>
    <name>dyna::views::TriggersPanel</name>
    <message>
        <source>Stream triggers see the changes of the stream being watched in the Streams tab.</source>
        <translation>Stream-Trigger sehen die Änderungen des Streams, der im Tab „Streams“ beobachtet wird.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Firings</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
    <message>
        <source>Add a trigger on the table selected in the navigation tree.</source>
        <translation>Einen Trigger für die im Navigationsbaum ausgewählte Tabelle hinzufügen.</translation>
    </message>
    <message>
        <source>Hand on what the selected trigger has queued now, or scan its table now for an itemPolled trigger.</source>
        <translation>Jetzt weitergeben, was der ausgewählte Trigger in der Warteschlange hat, oder bei einem itemPolled-Trigger seine Tabelle jetzt scannen.</translation>
    </message>
    <message>
        <source>One line per event handed on by a trigger.</source>
        <translation>Eine Zeile pro Ereignis, das ein Trigger weitergegeben hat.</translation>
    </message>
    <message>
        <source>Select a log line to see its event.</source>
        <translation>Wählen Sie eine Protokollzeile aus, um ihr Ereignis anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 The trigger was not added: %2</source>
        <translation>%1 Der Trigger wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 The trigger was not added: the name %2 is already in use.</source>
        <translation>%1 Der Trigger wurde nicht hinzugefügt: Der Name %2 wird bereits verwendet.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 %2: nothing is queued, so nothing was handed on.</source>
        <translation>%1 %2: Die Warteschlange ist leer, daher wurde nichts weitergegeben.</translation>
    </message>
    <message>
        <source>%1 %2: not connected, so the table cannot be scanned; connect and press Run Now.</source>
        <translation>%1 %2: Keine Verbindung, daher kann die Tabelle nicht gescannt werden; stellen Sie eine Verbindung her und klicken Sie auf „Jetzt ausführen“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: the first scan read %n item(s) using %3 read capacity units; changes are reported from the next poll.</source>
        <translation>
            <numerusform>%1 %2: Der erste Scan hat %n Element mit %3 Lesekapazitätseinheiten gelesen; Änderungen werden ab dem nächsten Abruf gemeldet.</numerusform>
            <numerusform>%1 %2: Der erste Scan hat %n Elemente mit %3 Lesekapazitätseinheiten gelesen; Änderungen werden ab dem nächsten Abruf gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the scan failed and is tried again at the next poll. %3</source>
        <translation>%1 %2: Der Scan ist fehlgeschlagen und wird beim nächsten Abruf erneut versucht. %3</translation>
    </message>
    <message>
        <source>%1 %2: the connection changed, so polling stopped; press Run Now to scan on the new connection.</source>
        <translation>%1 %2: Die Verbindung hat sich geändert, daher wurde das Polling beendet; klicken Sie auf „Jetzt ausführen“, um über die neue Verbindung zu scannen.</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (gestoppt)</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>wird gescannt…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Trigger log</source>
        <translation>Trigger-Protokoll</translation>
    </message>
    <message>
        <source>Event of the selected log line</source>
        <translation>Ereignis der ausgewählten Protokollzeile</translation>
    </message>
    <message>
        <source>No triggers yet. Add one with Add…; it runs on the changes the Streams tab is watching.</source>
        <translation>Noch keine Trigger. Fügen Sie einen mit „Hinzufügen…“ hinzu; er reagiert auf die Änderungen, die der Streams-Tab beobachtet.</translation>
    </message>
</context>
<context>
    <name>dyna::views::UpdateTableDialog</name>
    <message>
        <source>Enable a stream</source>
        <translation>Stream aktivieren</translation>
    </message>
    <message>
        <source>Protect from deletion</source>
        <translation>Vor Löschen schützen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Update table %1</source>
        <translation>Tabelle %1 ändern</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Capacity (on-demand: maximum request units, 0 = none)</source>
        <translation>Kapazität (On-Demand: maximale Anforderungseinheiten, 0 = keine)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Table read / write</source>
        <translation>Tabelle Lesen / Schreiben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>New global secondary indexes</source>
        <translation>Neue globale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Table class</source>
        <translation>Tabellenklasse</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Connect to an account or DynamoDB Local first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Konto oder mit DynamoDB Local.</translation>
    </message>
    <message>
        <source>The connection was closed before the update finished.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Aktualisierung abgeschlossen war.</translation>
    </message>
    <message>
        <source>Table %1 is updated and ACTIVE.</source>
        <translation>Tabelle %1 ist aktualisiert und ACTIVE.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Keep every change to the items for 24 hours, for the Streams tab and triggers.</source>
        <translation>Jede Änderung an den Elementen 24 Stunden lang aufbewahren, für den Streams-Tab und Trigger.</translation>
    </message>
    <message>
        <source>While on, deleting the table fails until it is turned off.</source>
        <translation>Solange dies aktiviert ist, schlägt das Löschen der Tabelle fehl.</translation>
    </message>
</context>
<context>
    <name>dyna::views::VaultExportDialog</name>
    <message>
        <source>Export vault keys of &quot;%1&quot;</source>
        <translation>Vault-Schlüssel von „%1“ exportieren</translation>
    </message>
    <message>
        <source>Include the secret access key and session token</source>
        <translation>Geheimen Zugriffsschlüssel und Sitzungstoken einschließen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>File to save the lines to</source>
        <translation>Datei, in der die Zeilen gespeichert werden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save to file</source>
        <translation>In Datei speichern</translation>
    </message>
    <message>
        <source>Save vault keys</source>
        <translation>Vault-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not restrict the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 konnten nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>dyna::views::VaultImportDialog</name>
    <message>
        <source>Import vault keys</source>
        <translation>Vault-Schlüssel importieren</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID=…
AWS_SECRET_ACCESS_KEY=…
AWS_REGION=…</source>
        <translation>AWS_ACCESS_KEY_ID=…
AWS_SECRET_ACCESS_KEY=…
AWS_REGION=…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Paste the KEY=value lines of a vault key set:</source>
        <translation>Fügen Sie die KEY=value-Zeilen eines Vault-Schlüsselsatzes ein:</translation>
    </message>
</context>
<context>
    <name>dyna::views::WriteConfirmation</name>
    <message>
        <source>Send All Waiting (%1)</source>
        <translation>Alle wartenden senden (%1)</translation>
    </message>
    <message>
        <source>the tables its statements name</source>
        <translation>die in den Anweisungen genannten Tabellen</translation>
    </message>
    <message>
        <source>Confirm Write on Production</source>
        <translation>Schreiben in Produktion bestätigen</translation>
    </message>
    <message>
        <source>%1 is a production connection. Send %2 to %3?</source>
        <translation>%1 ist eine Produktionsverbindung. %2 an %3 senden?</translation>
    </message>
    <message>
        <source>Nothing is sent until you answer. The request is in the details.</source>
        <translation>Es wird nichts gesendet, bis Sie antworten. Die Anforderung finden Sie in den Details.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Don&apos;t Send</source>
        <translation>Nicht senden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Demo dataset loaded.</source>
        <translation>Demo-Datensatz geladen.</translation>
    </message>
</context>
</TS>
