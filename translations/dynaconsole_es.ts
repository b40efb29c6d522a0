<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiModel</name>
    <message>
        <source>The API model is not valid JSON: %1 at offset %2.</source>
        <translation>El modelo de la API no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The API model has no metadata, shapes or operations.</source>
        <translation>El modelo de la API no tiene metadatos, formas ni operaciones.</translation>
    </message>
    <message>
        <source>Shape %1 has an unsupported type &quot;%2&quot;.</source>
        <translation>La forma %1 tiene un tipo no admitido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Shape %1 has a pattern that cannot be used: %2 (%3).</source>
        <translation>La forma %1 tiene un patrón que no se puede usar: %2 (%3).</translation>
    </message>
    <message>
        <source>List shape %1 has no valid member shape.</source>
        <translation>La forma de lista %1 no tiene una forma de miembro válida.</translation>
    </message>
    <message>
        <source>Map shape %1 has no valid key or value shape.</source>
        <translation>La forma de mapa %1 no tiene una forma de clave o de valor válida.</translation>
    </message>
    <message>
        <source>Member %1 of shape %2 refers to an unknown shape.</source>
        <translation>El miembro %1 de la forma %2 hace referencia a una forma desconocida.</translation>
    </message>
    <message>
        <source>Map shape %1 has a key shape that is not a string.</source>
        <translation>La forma de mapa %1 tiene una forma de clave que no es una cadena.</translation>
    </message>
    <message>
        <source>Operation %1 has an input that is not a known structure.</source>
        <translation>La operación %1 tiene una entrada que no es una estructura conocida.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must set exactly one of %2; it sets none.</source>
        <translation>%1 debe establecer exactamente uno de %2; no establece ninguno.</translation>
    </message>
    <message>
        <source>%1 must set exactly one of %2; it sets %3: %4.</source>
        <translation>%1 debe establecer exactamente uno de %2; establece %3: %4.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2; did you mean %3?</source>
        <translation>%1 no es un miembro de %2; ¿quiso decir %3?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 is not a member of %2, which has no members.</source>
        <translation>%1 no es un miembro de %2, que no tiene miembros.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2; its members are %3.</source>
        <translation>%1 no es un miembro de %2; sus miembros son %3.</translation>
    </message>
    <message>
        <source>%1 must be %2; got %3.</source>
        <translation>%1 debe ser %2; se obtuvo %3.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a timestamp (seconds since 1970 or an ISO 8601 date and time)</source>
        <translation>una marca de tiempo (segundos desde 1970 o una fecha y hora ISO 8601)</translation>
    </message>
    <message>
        <source>base64-encoded binary data</source>
        <translation>datos binarios codificados en base64</translation>
    </message>
    <message>
        <source>a map (an object)</source>
        <translation>un mapa (un objeto)</translation>
    </message>
    <message>
        <source>%1 must have at least %2 items; it has %3.</source>
        <translation>%1 debe tener al menos %2 elementos; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 items; it has %3.</source>
        <translation>%1 debe tener como máximo %2 elementos; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 entries; it has %3.</source>
        <translation>%1 debe tener al menos %2 entradas; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 entries; it has %3.</source>
        <translation>%1 debe tener como máximo %2 entradas; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <source>The key of %1</source>
        <translation>La clave de %1</translation>
    </message>
    <message>
        <source>; got %1</source>
        <translation>; se obtuvo %1</translation>
    </message>
    <message>
        <source>%1 must be one of %2%3.</source>
        <translation>%1 debe ser uno de %2%3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long; it has %3.</source>
        <translation>%1 debe tener al menos %2 caracteres; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long; it has %3.</source>
        <translation>%1 debe tener como máximo %2 caracteres; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must match the pattern %2%3.</source>
        <translation>%1 debe coincidir con el patrón %2%3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; got %2.</source>
        <translation>%1 debe ser un número entero; se obtuvo %2.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; got %4.</source>
        <translation>%1 debe estar entre %2 y %3; se obtuvo %4.</translation>
    </message>
    <message>
        <source>%1 must be at least %2; got %3.</source>
        <translation>%1 debe ser como mínimo %2; se obtuvo %3.</translation>
    </message>
    <message>
        <source>%1 must be at most %2; got %3.</source>
        <translation>%1 debe ser como máximo %2; se obtuvo %3.</translation>
    </message>
    <message>
        <source>%1 must be base64-encoded binary data; got text that is not base64.</source>
        <translation>%1 debe ser datos binarios codificados en base64; se obtuvo un texto que no es base64.</translation>
    </message>
    <message>
        <source>%1 must be at least %2 bytes long; it has %3.</source>
        <translation>%1 debe tener al menos %2 bytes; tiene %3.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 bytes long; it has %3.</source>
        <translation>%1 debe tener como máximo %2 bytes; tiene %3.</translation>
    </message>
    <message>
        <source>%1 is not an operation of %2.</source>
        <translation>%1 no es una operación de %2.</translation>
    </message>
</context>
<context>
    <name>AssumeRoleProvider</name>
    <message>
        <source>An MFA code is needed to assume the role; none was entered, so nothing was sent.</source>
        <translation>Se necesita un código MFA para asumir el rol; no se introdujo ninguno, así que no se envió nada.</translation>
    </message>
</context>
<context>
    <name>AttributeValue</name>
    <message>
        <source>A string set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation>Un conjunto de cadenas no puede estar vacío; DynamoDB no almacena conjuntos vacíos.</translation>
    </message>
    <message>
        <source>A number set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation>Un conjunto de números no puede estar vacío; DynamoDB no almacena conjuntos vacíos.</translation>
    </message>
    <message>
        <source>A binary set cannot be empty; DynamoDB does not store empty sets.</source>
        <translation>Un conjunto binario no puede estar vacío; DynamoDB no almacena conjuntos vacíos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The string set contains %1 more than once.</source>
        <translation>El conjunto de cadenas contiene %1 más de una vez.</translation>
    </message>
    <message>
        <source>The number set contains %1 more than once.</source>
        <translation>El conjunto de números contiene %1 más de una vez.</translation>
    </message>
    <message>
        <source>The number set contains the same number twice: %1 and %2.</source>
        <translation>El conjunto de números contiene el mismo número dos veces: %1 y %2.</translation>
    </message>
    <message>
        <source>The binary set contains the same bytes twice (members %1 and %2).</source>
        <translation>El conjunto binario contiene los mismos bytes dos veces (miembros %1 y %2).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Lists and maps are nested more than 32 levels deep (counting the item itself); DynamoDB allows 32.</source>
        <translation>Las listas y los mapas están anidados en más de 32 niveles (contando el propio elemento); DynamoDB permite 32.</translation>
    </message>
    <message>
        <source>An attribute name cannot be empty.</source>
        <translation>El nombre de un atributo no puede estar vacío.</translation>
    </message>
    <message>
        <source>Expected an attribute value such as {&quot;S&quot;: &quot;text&quot;} but found %1.</source>
        <translation>Se esperaba un valor de atributo como {&quot;S&quot;: &quot;text&quot;}, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The attribute value is empty; it needs exactly one type such as &quot;S&quot;, &quot;N&quot; or &quot;M&quot;.</source>
        <translation>El valor del atributo está vacío; necesita exactamente un tipo, como &quot;S&quot;, &quot;N&quot; o &quot;M&quot;.</translation>
    </message>
    <message>
        <source>The attribute value has %1 types; it needs exactly one.</source>
        <translation>El valor del atributo tiene %1 tipos; necesita exactamente uno.</translation>
    </message>
    <message>
        <source>An item in DynamoDB JSON must be an object of attribute names, such as {&quot;id&quot;: {&quot;S&quot;: &quot;a1&quot;}}, but this is %1.</source>
        <translation>Un elemento en DynamoDB JSON debe ser un objeto de nombres de atributo, como {&quot;id&quot;: {&quot;S&quot;: &quot;a1&quot;}}, pero esto es %1.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be %2, but it is %3.</source>
        <translation>El valor de &quot;%1&quot; debe ser %2, pero es %3.</translation>
    </message>
    <message>
        <source>Unknown type %1; expected one of S, N, B, BOOL, NULL, SS, NS, BS, L, M.</source>
        <translation>Tipo desconocido %1; se esperaba uno de S, N, B, BOOL, NULL, SS, NS, BS, L, M.</translation>
    </message>
    <message>
        <source>The value of &quot;N&quot; must be a string such as {&quot;N&quot;: &quot;1.5&quot;}, but it is %1.</source>
        <translation>El valor de &quot;N&quot; debe ser una cadena como {&quot;N&quot;: &quot;1.5&quot;}, pero es %1.</translation>
    </message>
    <message>
        <source>A NULL value must be written {&quot;NULL&quot;: true}.</source>
        <translation>Un valor NULL debe escribirse {&quot;NULL&quot;: true}.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation>una cadena base64</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>una matriz de cadenas</translation>
    </message>
    <message>
        <source>an array of strings holding numbers</source>
        <translation>una matriz de cadenas que contienen números</translation>
    </message>
    <message>
        <source>an array of base64 strings</source>
        <translation>una matriz de cadenas base64</translation>
    </message>
    <message>
        <source>an array of attribute values</source>
        <translation>una matriz de valores de atributo</translation>
    </message>
    <message>
        <source>an object of attribute values</source>
        <translation>un objeto de valores de atributo</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 no es base64 válido.</translation>
    </message>
    <message>
        <source>Each member of &quot;%1&quot; must be a string, but this one is %2.</source>
        <translation>Cada miembro de &quot;%1&quot; debe ser una cadena, pero este es %2.</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>its condition was not met</source>
        <translation>no se cumplió su condición</translation>
    </message>
    <message>
        <source>another transaction was changing the same item</source>
        <translation>otra transacción estaba modificando el mismo elemento</translation>
    </message>
    <message>
        <source>its item collection is over the 10 GB limit</source>
        <translation>su colección de elementos supera el límite de 10 GB</translation>
    </message>
    <message>
        <source>the table was throttled</source>
        <translation>la tabla estaba limitada</translation>
    </message>
    <message>
        <source>item %1 failed because %2</source>
        <translation>el elemento %1 falló porque %2</translation>
    </message>
    <message>
        <source>The transaction was cancelled and nothing was written.</source>
        <translation>La transacción se canceló y no se escribió nada.</translation>
    </message>
    <message>
        <source>The transaction was cancelled and nothing was written: %1.</source>
        <translation>La transacción se canceló y no se escribió nada: %1.</translation>
    </message>
    <message>
        <source>%1 The service says: %2</source>
        <translation>%1 El servicio indica: %2</translation>
    </message>
    <message>
        <source>The credentials have expired: their session token is no longer valid. Refresh the profile&apos;s credentials (assume the role again or get a new session token) and retry.</source>
        <translation>Las credenciales han caducado: su token de sesión ya no es válido. Actualice las credenciales del perfil (vuelva a asumir el rol u obtenga un nuevo token de sesión) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>AWS does not recognise the access key ID or session token. Check the profile&apos;s access key; it may have been deleted, deactivated or belong to another partition.</source>
        <translation>AWS no reconoce el ID de clave de acceso ni el token de sesión. Compruebe la clave de acceso del perfil; puede haberse eliminado, desactivado o pertenecer a otra partición.</translation>
    </message>
    <message>
        <source>AWS rejected the request as too old. Check that this computer&apos;s clock and time zone are correct.</source>
        <translation>AWS rechazó la solicitud por ser demasiado antigua. Compruebe que el reloj y la zona horaria de este equipo son correctos.</translation>
    </message>
    <message>
        <source>AWS rejected the request signature. Check the profile&apos;s secret access key and that this computer&apos;s clock is correct.</source>
        <translation>AWS rechazó la firma de la solicitud. Compruebe la clave de acceso secreta del perfil y que el reloj de este equipo es correcto.</translation>
    </message>
    <message>
        <source>The request carried no credentials. Choose a profile with an access key.</source>
        <translation>La solicitud no llevaba credenciales. Elija un perfil con una clave de acceso.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to run %1. Ask for the IAM permission or use another profile.</source>
        <translation>Estas credenciales no tienen permiso para ejecutar %1. Solicite el permiso de IAM o use otro perfil.</translation>
    </message>
    <message>
        <source>This region is not enabled for the account. Enable it in the account settings or choose another region.</source>
        <translation>Esta región no está habilitada para la cuenta. Habilítela en la configuración de la cuenta o elija otra región.</translation>
    </message>
    <message>
        <source>AWS refused the credentials for %1.</source>
        <translation>AWS rechazó las credenciales para %1.</translation>
    </message>
    <message>
        <source>The table does not exist in this account and region.</source>
        <translation>La tabla no existe en esta cuenta y región.</translation>
    </message>
    <message>
        <source>The backup does not exist.</source>
        <translation>La copia de seguridad no existe.</translation>
    </message>
    <message>
        <source>The export does not exist.</source>
        <translation>La exportación no existe.</translation>
    </message>
    <message>
        <source>The import does not exist.</source>
        <translation>La importación no existe.</translation>
    </message>
    <message>
        <source>The global table does not exist.</source>
        <translation>La tabla global no existe.</translation>
    </message>
    <message>
        <source>The replica does not exist in that region.</source>
        <translation>La réplica no existe en esa región.</translation>
    </message>
    <message>
        <source>The resource has no resource-based policy.</source>
        <translation>El recurso no tiene una política basada en recursos.</translation>
    </message>
    <message>
        <source>The index does not exist on this table.</source>
        <translation>El índice no existe en esta tabla.</translation>
    </message>
    <message>
        <source>The stream position expired before it was used; reading must start again from a new shard iterator.</source>
        <translation>La posición del flujo caducó antes de usarse; la lectura debe empezar de nuevo desde un nuevo iterador de fragmento.</translation>
    </message>
    <message>
        <source>The requested stream records are older than 24 hours and have been removed from the stream.</source>
        <translation>Los registros del flujo solicitados tienen más de 24 horas y se han eliminado del flujo.</translation>
    </message>
    <message>
        <source>The resource that %1 refers to does not exist in this account and region.</source>
        <translation>El recurso al que hace referencia %1 no existe en esta cuenta y región.</translation>
    </message>
    <message>
        <source>The condition was not met, so the item was not changed.</source>
        <translation>No se cumplió la condición, así que el elemento no se modificó.</translation>
    </message>
    <message>
        <source>Another request was changing the same item at the same time. Try again.</source>
        <translation>Otra solicitud estaba modificando el mismo elemento al mismo tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A transaction with the same request token is still in progress. Try again in a few seconds.</source>
        <translation>Todavía hay en curso una transacción con el mismo token de solicitud. Vuelva a intentarlo en unos segundos.</translation>
    </message>
    <message>
        <source>This request token was already used for a request with different parameters.</source>
        <translation>Este token de solicitud ya se usó para una solicitud con parámetros diferentes.</translation>
    </message>
    <message>
        <source>A table with this name already exists.</source>
        <translation>Ya existe una tabla con este nombre.</translation>
    </message>
    <message>
        <source>An item with the same primary key already exists.</source>
        <translation>Ya existe un elemento con la misma clave principal.</translation>
    </message>
    <message>
        <source>A global table with this name already exists.</source>
        <translation>Ya existe una tabla global con este nombre.</translation>
    </message>
    <message>
        <source>The table already has a replica in that region.</source>
        <translation>La tabla ya tiene una réplica en esa región.</translation>
    </message>
    <message>
        <source>%1 cannot run now because the resource is busy or in a conflicting state.</source>
        <translation>%1 no se puede ejecutar ahora porque el recurso está ocupado o en un estado incompatible.</translation>
    </message>
    <message>
        <source>The endpoint refused the connection. If it is DynamoDB Local, check that it is running and listening on that port.</source>
        <translation>El punto de enlace rechazó la conexión. Si es DynamoDB Local, compruebe que se está ejecutando y escuchando en ese puerto.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be found. Check the region or endpoint URL and the network connection.</source>
        <translation>No se encontró el nombre de host del punto de enlace. Compruebe la región o la URL del punto de enlace y la conexión de red.</translation>
    </message>
    <message>
        <source>%1 timed out waiting for the endpoint.</source>
        <translation>%1: se agotó el tiempo de espera del punto de enlace.</translation>
    </message>
    <message>
        <source>The endpoint closed the connection before answering.</source>
        <translation>El punto de enlace cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>A secure connection to the endpoint could not be set up. Check the endpoint URL and any proxy or certificate settings.</source>
        <translation>No se pudo establecer una conexión segura con el punto de enlace. Compruebe la URL del punto de enlace y la configuración de proxy o de certificados.</translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation>Error del proxy de red: %1</translation>
    </message>
    <message>
        <source>The endpoint answered %1 with a redirect (HTTP %2). Check the endpoint URL.</source>
        <translation>El punto de enlace respondió a %1 con una redirección (HTTP %2). Compruebe la URL del punto de enlace.</translation>
    </message>
    <message>
        <source>A network error stopped %1: %2</source>
        <translation>Un error de red detuvo %1: %2</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 no se envió: %2</translation>
    </message>
    <message>
        <source>%1 was not sent because %2 is not valid: %3</source>
        <translation>%1 no se envió porque %2 no es válido: %3</translation>
    </message>
    <message>
        <source>%1 was rejected as invalid.</source>
        <translation>La solicitud %1 se rechazó por no ser válida.</translation>
    </message>
    <message>
        <source>%1 was rejected as invalid: %2</source>
        <translation>La solicitud %1 se rechazó por no ser válida: %2</translation>
    </message>
    <message>
        <source>DynamoDB is throttling %1: the table or index needs more read or write capacity than it has. Try again later or raise its capacity.</source>
        <translation>DynamoDB está limitando %1: la tabla o el índice necesita más capacidad de lectura o escritura de la que tiene. Vuelva a intentarlo más tarde o aumente su capacidad.</translation>
    </message>
    <message>
        <source>The account&apos;s throughput quota for this region is used up. Try again later or ask AWS for a higher quota.</source>
        <translation>Se ha agotado la cuota de rendimiento de la cuenta para esta región. Vuelva a intentarlo más tarde o solicite a AWS una cuota mayor.</translation>
    </message>
    <message>
        <source>AWS is throttling requests for %1. Wait a moment and try again.</source>
        <translation>AWS está limitando las solicitudes de %1. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The items sharing this partition key exceed the 10 GB limit of a table with a local secondary index.</source>
        <translation>Los elementos que comparten esta clave de partición superan el límite de 10 GB de una tabla con un índice secundario local.</translation>
    </message>
    <message>
        <source>The request for %1 is too large for the endpoint.</source>
        <translation>La solicitud de %1 es demasiado grande para el punto de enlace.</translation>
    </message>
    <message>
        <source>%1 reached an AWS quota.</source>
        <translation>%1 alcanzó una cuota de AWS.</translation>
    </message>
    <message>
        <source>The response to %1 was damaged in transit.</source>
        <translation>La respuesta a %1 se dañó durante la transmisión.</translation>
    </message>
    <message>
        <source>AWS had a temporary problem with %1. Try again.</source>
        <translation>AWS tuvo un problema temporal con %1. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This endpoint does not support %1. DynamoDB Local implements tables, items, queries, transactions, PartiQL, TTL and Streams, but not backups, point-in-time recovery, exports, imports, global tables, tags, resource policies, Kinesis streaming destinations or contributor insights.</source>
        <translation>Este punto de enlace no admite %1. DynamoDB Local implementa tablas, elementos, consultas, transacciones, PartiQL, TTL y Streams, pero no copias de seguridad, recuperación a un momento dado, exportaciones, importaciones, tablas globales, etiquetas, políticas de recursos, destinos de streaming de Kinesis ni Contributor Insights.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 se canceló.</translation>
    </message>
    <message>
        <source>AWS did not accept the MFA code. Enter the current code of the MFA device and try again.</source>
        <translation>AWS no aceptó el código MFA. Introduzca el código actual del dispositivo MFA y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The response to %1 could not be read: it is not the JSON object DynamoDB sends.</source>
        <translation>No se pudo leer la respuesta a %1: no es el objeto JSON que envía DynamoDB.</translation>
    </message>
    <message>
        <source>The response to %1 could not be read: it is not valid JSON (%2).</source>
        <translation>No se pudo leer la respuesta a %1: no es JSON válido (%2).</translation>
    </message>
    <message>
        <source>The response to %1 is larger than %2 MB, far more than AWS sends; it was not read.</source>
        <translation>La respuesta a %1 supera los %2 MB, mucho más de lo que envía AWS; no se ha leído.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>El inicio del intervalo de tiempo es posterior a su final.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 100 backups.</source>
        <translation>El tamaño de página debe estar entre 1 y 100 copias de seguridad.</translation>
    </message>
    <message>
        <source>The new table name must be 3 to 255 letters, digits, underscores (_), hyphens (-) or dots (.).</source>
        <translation>El nombre de la nueva tabla debe tener de 3 a 255 letras, dígitos, guiones bajos (_), guiones (-) o puntos (.).</translation>
    </message>
    <message>
        <source>Provisioned capacity needs at least 1 read and 1 write capacity unit.</source>
        <translation>La capacidad aprovisionada necesita al menos 1 unidad de capacidad de lectura y 1 de escritura.</translation>
    </message>
    <message>
        <source>The source table has no global secondary index named %1.</source>
        <translation>La tabla de origen no tiene ningún índice secundario global llamado %1.</translation>
    </message>
    <message>
        <source>The source table has no local secondary index named %1.</source>
        <translation>La tabla de origen no tiene ningún índice secundario local llamado %1.</translation>
    </message>
    <message>
        <source>Enter the KMS key (ID, ARN or alias) to encrypt the new table with.</source>
        <translation>Introduzca la clave de KMS (ID, ARN o alias) con la que cifrar la nueva tabla.</translation>
    </message>
</context>
<context>
    <name>BatchWriteJob</name>
    <message numerus="yes">
        <source>%n item(s) were still unprocessed after %1 attempts; the table is throttling writes.</source>
        <translation>
            <numerusform>%n elemento seguía sin procesar tras %1 intentos; la tabla está limitando las escrituras.</numerusform>
            <numerusform>%n elementos seguían sin procesar tras %1 intentos; la tabla está limitando las escrituras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointStore</name>
    <message>
        <source>Could not read the stream checkpoints in %1: %2</source>
        <translation>No se pudieron leer los puntos de control del flujo en %1: %2</translation>
    </message>
    <message>
        <source>The stream checkpoints in %1 are not valid JSON (%2); reading starts without them.</source>
        <translation>Los puntos de control del flujo en %1 no son JSON válido (%2); la lectura empieza sin ellos.</translation>
    </message>
    <message>
        <source>Could not save the stream checkpoints to %1: %2</source>
        <translation>No se pudieron guardar los puntos de control del flujo en %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Administration console for Amazon DynamoDB.</source>
        <translation>Consola de administración para Amazon DynamoDB.</translation>
    </message>
    <message>
        <source>Connect to this endpoint, e.g. DynamoDB Local at http://127.0.0.1:8000 (the default).</source>
        <translation>Conectarse a este punto de enlace, p. ej., DynamoDB Local en http://127.0.0.1:8000 (valor predeterminado).</translation>
    </message>
    <message>
        <source>Region to sign requests for.</source>
        <translation>Región para la que se firman las solicitudes.</translation>
    </message>
    <message>
        <source>Load the demo dataset when the endpoint has no tables.</source>
        <translation>Cargar el conjunto de datos de demostración cuando el punto de enlace no tiene tablas.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to this PNG file once the tables are listed, then quit.</source>
        <translation>Guardar una captura de la ventana en este archivo PNG cuando se listen las tablas y, a continuación, salir.</translation>
    </message>
    <message>
        <source>Benchmark: open this table, print how many milliseconds after the start the table list, the table and its first items were shown, then quit. Uses no saved settings.</source>
        <translation>Prueba de rendimiento: abrir esta tabla, mostrar cuántos milisegundos después del inicio se mostraron la lista de tablas, la tabla y sus primeros elementos, y salir. No usa la configuración guardada.</translation>
    </message>
    <message>
        <source>Not a valid endpoint URL: %1</source>
        <translation>URL de punto de enlace no válida: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsProvider</name>
    <message>
        <source>No access key id and secret access key are set for this connection.</source>
        <translation>No hay ID de clave de acceso ni clave de acceso secreta configurados para esta conexión.</translation>
    </message>
</context>
<context>
    <name>DecimalNumber</name>
    <message>
        <source>The number is empty; write at least one digit.</source>
        <translation>El número está vacío; escriba al menos un dígito.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 no es un número.</translation>
    </message>
    <message>
        <source>%1 has more than 38 significant digits, the most DynamoDB keeps.</source>
        <translation>%1 tiene más de 38 dígitos significativos, el máximo que conserva DynamoDB.</translation>
    </message>
    <message>
        <source>%1 is too large: DynamoDB numbers must be smaller in magnitude than 1E+126.</source>
        <translation>%1 es demasiado grande: los números de DynamoDB deben ser menores en magnitud que 1E+126.</translation>
    </message>
    <message>
        <source>%1 is too close to zero: the smallest non-zero DynamoDB number is 1E-130.</source>
        <translation>%1 está demasiado cerca de cero: el menor número distinto de cero de DynamoDB es 1E-130.</translation>
    </message>
</context>
<context>
    <name>DocumentConverter</name>
    <message>
        <source>An attribute name cannot be empty.</source>
        <translation>El nombre de un atributo no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 marks a tagged value and must be the only key of its object; for an attribute named %1, write &quot;$%2&quot;.</source>
        <translation>%1 marca un valor etiquetado y debe ser la única clave de su objeto; para un atributo llamado %1, escriba &quot;$%2&quot;.</translation>
    </message>
    <message>
        <source>The attribute %1 appears twice in this object.</source>
        <translation>El atributo %1 aparece dos veces en este objeto.</translation>
    </message>
    <message>
        <source>Lists and maps are nested more than 32 levels deep (counting the item itself); DynamoDB allows 32.</source>
        <translation>Las listas y los mapas están anidados en más de 32 niveles (contando el propio elemento); DynamoDB permite 32.</translation>
    </message>
    <message>
        <source>The value of &quot;$B&quot; must be a base64 string, but it is %1.</source>
        <translation>El valor de &quot;$B&quot; debe ser una cadena base64, pero es %1.</translation>
    </message>
    <message>
        <source>%1 is not valid base64.</source>
        <translation>%1 no es base64 válido.</translation>
    </message>
    <message>
        <source>The value of %1 must be an array, but it is %2.</source>
        <translation>El valor de %1 debe ser una matriz, pero es %2.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation>una cadena base64</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>Each member of %1 must be %2, but this one is %3.</source>
        <translation>Cada miembro de %1 debe ser %2, pero este es %3.</translation>
    </message>
    <message>
        <source>An item must be a JSON object of attribute names, such as {&quot;id&quot;: &quot;a1&quot;}, but this is %1.</source>
        <translation>Un elemento debe ser un objeto JSON de nombres de atributo, como {&quot;id&quot;: &quot;a1&quot;}, pero esto es %1.</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <source>The endpoint URL &quot;%1&quot; must start with http:// or https://.</source>
        <translation>La URL del punto de enlace &quot;%1&quot; debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; has no host name.</source>
        <translation>La URL del punto de enlace &quot;%1&quot; no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The endpoint URL must not contain a user name or password; credentials belong in the profile.</source>
        <translation>La URL del punto de enlace no debe contener un nombre de usuario ni una contraseña; las credenciales van en el perfil.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; must have no path, query or fragment: give only the scheme, host and port, such as http://127.0.0.1:8000.</source>
        <translation>La URL del punto de enlace &quot;%1&quot; no debe tener ruta, consulta ni fragmento: indique solo el esquema, el host y el puerto, como http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>FIPS and dual-stack endpoints cannot be combined with an explicit endpoint URL. Turn them off or remove the endpoint URL.</source>
        <translation>Los puntos de enlace FIPS y de doble pila no se pueden combinar con una URL de punto de enlace explícita. Desactívelos o quite la URL del punto de enlace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the signing region: use letters, digits and hyphens only, such as us-east-1.</source>
        <translation>&quot;%1&quot; no se puede usar como región de firma: use solo letras, dígitos y guiones, como us-east-1.</translation>
    </message>
    <message>
        <source>The global STS endpoint has no FIPS or dual-stack variant; use the regional STS endpoint.</source>
        <translation>El punto de enlace global de STS no tiene variante FIPS ni de doble pila; use el punto de enlace regional de STS.</translation>
    </message>
    <message>
        <source>No region is set. Choose a region such as us-east-1, or set an endpoint URL such as http://127.0.0.1:8000 for DynamoDB Local.</source>
        <translation>No hay ninguna región configurada. Elija una región como us-east-1 o configure una URL de punto de enlace como http://127.0.0.1:8000 para DynamoDB Local.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name; expected a name such as us-east-1.</source>
        <translation>&quot;%1&quot; no es un nombre de región de AWS válido; se esperaba un nombre como us-east-1.</translation>
    </message>
    <message>
        <source>Dual-stack endpoints are not available in region %1 (partition %2).</source>
        <translation>Los puntos de enlace de doble pila no están disponibles en la región %1 (partición %2).</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: without TLS anyone on the network can read the items and replay or alter the signed requests. Use https://, or allow plain HTTP for this connection only on a network you trust.</source>
        <translation>Se rechaza HTTP sin cifrar hacia %1: sin TLS, cualquiera en la red puede leer los elementos y repetir o alterar las solicitudes firmadas. Use https:// o permita HTTP sin cifrar para esta conexión solo en una red de confianza.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY está definida, pero AWS_ACCESS_KEY_ID no.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID está definida, pero AWS_SECRET_ACCESS_KEY no.</translation>
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
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The text is empty; expected a JSON value.</source>
        <translation>El texto está vacío; se esperaba un valor JSON.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value.</source>
        <translation>Se encontró %1 después del final del valor JSON.</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>el final del texto</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulación</translation>
    </message>
    <message>
        <source>byte 0x%1, which is not valid UTF-8</source>
        <translation>el byte 0x%1, que no es UTF-8 válido</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>el carácter de control U+%1</translation>
    </message>
    <message>
        <source>Unexpected end of the text; expected a value.</source>
        <translation>Final inesperado del texto; se esperaba un valor.</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>El JSON está anidado en más de %1 niveles.</translation>
    </message>
    <message>
        <source>Strings must be in double quotes, not single quotes.</source>
        <translation>Las cadenas deben ir entre comillas dobles, no simples.</translation>
    </message>
    <message>
        <source>A number may not start with &quot;+&quot;.</source>
        <translation>Un número no puede empezar por &quot;+&quot;.</translation>
    </message>
    <message>
        <source>A number needs a digit before the decimal point.</source>
        <translation>Un número necesita un dígito antes del separador decimal.</translation>
    </message>
    <message>
        <source>Expected a value but found %1.</source>
        <translation>Se esperaba un valor, pero se encontró %1.</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers.</source>
        <translation>NaN e Infinity no son números JSON.</translation>
    </message>
    <message>
        <source>Unexpected word &quot;%1&quot;: text must be in double quotes; only true, false and null are written without them.</source>
        <translation>Palabra inesperada &quot;%1&quot;: el texto debe ir entre comillas dobles; solo true, false y null se escriben sin ellas.</translation>
    </message>
    <message>
        <source>Expected a digit after &quot;-&quot; but found %1.</source>
        <translation>Se esperaba un dígito después de &quot;-&quot;, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Numbers may not have leading zeros (write 7, not 07).</source>
        <translation>Los números no pueden tener ceros a la izquierda (escriba 7, no 07).</translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point but found %1.</source>
        <translation>Se esperaba un dígito después del separador decimal, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Expected a digit in the exponent but found %1.</source>
        <translation>Se esperaba un dígito en el exponente, pero se encontró %1.</translation>
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits.</source>
        <translation>Un escape \u necesita cuatro dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>El texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>This string is never closed with a double quote.</source>
        <translation>Esta cadena nunca se cierra con comillas dobles.</translation>
    </message>
    <message>
        <source>A string may not contain %1; write it as an escape such as \n or \t.</source>
        <translation>Una cadena no puede contener %1; escríbalo como un escape, como \n o \t.</translation>
    </message>
    <message>
        <source>Unexpected end of the text inside an escape sequence.</source>
        <translation>Final inesperado del texto dentro de una secuencia de escape.</translation>
    </message>
    <message>
        <source>Unknown escape sequence \%1 in a string.</source>
        <translation>Secuencia de escape desconocida \%1 en una cadena.</translation>
    </message>
    <message>
        <source>The escape \u%1 is half of a surrogate pair without its first half.</source>
        <translation>El escape \u%1 es la mitad de un par suplente sin su primera mitad.</translation>
    </message>
    <message>
        <source>The escape \u%1 is half of a surrogate pair; it must be followed by a \uDC00-\uDFFF escape.</source>
        <translation>El escape \u%1 es la mitad de un par suplente; debe ir seguido de un escape \uDC00-\uDFFF.</translation>
    </message>
    <message>
        <source>Remove the comma before &quot;}&quot;: JSON does not allow a trailing comma.</source>
        <translation>Quite la coma antes de &quot;}&quot;: JSON no permite una coma final.</translation>
    </message>
    <message>
        <source>Keys must be in double quotes, not single quotes.</source>
        <translation>Las claves deben ir entre comillas dobles, no simples.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes but found %1.</source>
        <translation>Se esperaba una clave entre comillas dobles, pero se encontró %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this object.</source>
        <translation>La clave &quot;%1&quot; aparece dos veces en este objeto.</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after the key &quot;%1&quot; but found %2.</source>
        <translation>Se esperaba &quot;:&quot; después de la clave &quot;%1&quot;, pero se encontró %2.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;}&quot; after an object member but found %1.</source>
        <translation>Se esperaba &quot;,&quot; o &quot;}&quot; después de un miembro del objeto, pero se encontró %1.</translation>
    </message>
    <message>
        <source>Remove the comma before &quot;]&quot;: JSON does not allow a trailing comma.</source>
        <translation>Quite la coma antes de &quot;]&quot;: JSON no permite una coma final.</translation>
    </message>
    <message>
        <source>Expected &quot;,&quot; or &quot;]&quot; after an array element but found %1.</source>
        <translation>Se esperaba &quot;,&quot; o &quot;]&quot; después de un elemento de la matriz, pero se encontró %1.</translation>
    </message>
</context>
<context>
    <name>ExportSpec</name>
    <message>
        <source>Choose the table to export.</source>
        <translation>Elija la tabla que desea exportar.</translation>
    </message>
    <message>
        <source>Enter the S3 bucket the export is written to.</source>
        <translation>Introduzca el bucket de S3 en el que se escribe la exportación.</translation>
    </message>
    <message>
        <source>An S3 bucket name has at most 255 characters.</source>
        <translation>El nombre de un bucket de S3 tiene como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>The S3 prefix has at most 1024 characters.</source>
        <translation>El prefijo de S3 tiene como máximo 1024 caracteres.</translation>
    </message>
    <message>
        <source>Enter the KMS key that encrypts the exported objects.</source>
        <translation>Introduzca la clave de KMS que cifra los objetos exportados.</translation>
    </message>
    <message>
        <source>The export time must not be in the future.</source>
        <translation>La hora de exportación no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>An incremental export needs the time it starts from.</source>
        <translation>Una exportación incremental necesita la hora desde la que empieza.</translation>
    </message>
    <message>
        <source>The export window must lie in the past.</source>
        <translation>El intervalo de exportación debe estar en el pasado.</translation>
    </message>
    <message>
        <source>The start of the export window must be before its end.</source>
        <translation>El inicio del intervalo de exportación debe ser anterior a su fin.</translation>
    </message>
    <message>
        <source>An incremental export covers at least 15 minutes.</source>
        <translation>Una exportación incremental abarca al menos 15 minutos.</translation>
    </message>
    <message>
        <source>An incremental export covers at most 24 hours.</source>
        <translation>Una exportación incremental abarca como máximo 24 horas.</translation>
    </message>
</context>
<context>
    <name>GlobalTables</name>
    <message>
        <source>Table %1 has no stream. A replica needs the table&apos;s stream enabled with new and old images (NEW_AND_OLD_IMAGES); enable it in Update table first.</source>
        <translation>La tabla %1 no tiene flujo. Una réplica necesita que el flujo de la tabla esté activado con imágenes nuevas y antiguas (NEW_AND_OLD_IMAGES); actívelo primero en Modificar tabla.</translation>
    </message>
    <message>
        <source>The stream of table %1 records %2. A replica needs new and old images (NEW_AND_OLD_IMAGES); change the stream in Update table first.</source>
        <translation>El flujo de la tabla %1 registra %2. Una réplica necesita imágenes nuevas y antiguas (NEW_AND_OLD_IMAGES); cambie primero el flujo en Modificar tabla.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Elija una región.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AWS region name; expected a name such as us-east-1.</source>
        <translation>&quot;%1&quot; no es un nombre de región de AWS válido; se esperaba un nombre como us-east-1.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The item has no &quot;%1&quot;, which is part of the table&apos;s key.</source>
        <translation>El elemento no tiene &quot;%1&quot;, que forma parte de la clave de la tabla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the table&apos;s key and must be of type %2, but it is of type %3.</source>
        <translation>&quot;%1&quot; forma parte de la clave de la tabla y debe ser de tipo %2, pero es de tipo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the table&apos;s key and cannot be empty.</source>
        <translation>&quot;%1&quot; forma parte de la clave de la tabla y no puede estar vacío.</translation>
    </message>
    <message>
        <source>DynamoDB did not say what the key of table &quot;%1&quot; is.</source>
        <translation>DynamoDB no indicó cuál es la clave de la tabla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation>No se pudo abrir &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>Enter the S3 bucket to import from.</source>
        <translation>Introduzca el bucket de S3 desde el que se importa.</translation>
    </message>
    <message>
        <source>An S3 bucket name has at most 255 characters.</source>
        <translation>El nombre de un bucket de S3 tiene como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>The key prefix has at most 1024 characters.</source>
        <translation>El prefijo de clave tiene como máximo 1024 caracteres.</translation>
    </message>
    <message>
        <source>The CSV delimiter is a single character.</source>
        <translation>El delimitador CSV es un solo carácter.</translation>
    </message>
    <message>
        <source>A delimiter and a header list apply to CSV files only.</source>
        <translation>Un delimitador y una lista de encabezados solo se aplican a archivos CSV.</translation>
    </message>
    <message>
        <source>A CSV header list has at most 255 columns.</source>
        <translation>Una lista de encabezados CSV tiene como máximo 255 columnas.</translation>
    </message>
    <message>
        <source>Every column of the CSV header list needs a name.</source>
        <translation>Cada columna de la lista de encabezados CSV necesita un nombre.</translation>
    </message>
    <message>
        <source>An import cannot create local secondary indexes.</source>
        <translation>Una importación no puede crear índices secundarios locales.</translation>
    </message>
    <message>
        <source>An import creates a standard table without stream, tags or deletion protection; change those after the import.</source>
        <translation>Una importación crea una tabla estándar sin flujo, etiquetas ni protección contra eliminación; cámbielos después de la importación.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>A BOOL value is either true or false.</source>
        <translation>Un valor BOOL es true o false.</translation>
    </message>
</context>
<context>
    <name>ItemFileFormat</name>
    <message>
        <source>A quoted cell is never closed.</source>
        <translation>Una celda entre comillas nunca se cierra.</translation>
    </message>
    <message>
        <source>Cell %1 has text after its closing quote.</source>
        <translation>La celda %1 tiene texto después de su comilla de cierre.</translation>
    </message>
    <message>
        <source>Cell %1 contains a quote but does not start with one; quote the whole cell and double the quotes inside it.</source>
        <translation>La celda %1 contiene una comilla pero no empieza por una; ponga toda la celda entre comillas y duplique las comillas de su interior.</translation>
    </message>
    <message>
        <source>The header row is not valid, so no rows were read: %1</source>
        <translation>La fila de encabezado no es válida, así que no se leyó ninguna fila: %1</translation>
    </message>
    <message>
        <source>Column %1 is not valid UTF-8.</source>
        <translation>La columna %1 no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>La columna %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>The attribute &quot;%1&quot; has two columns.</source>
        <translation>El atributo &quot;%1&quot; tiene dos columnas.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on this line is never closed.</source>
        <translation>Una celda entre comillas que empieza en esta línea nunca se cierra.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>The line is %1, not an item object.</source>
        <translation>La línea es %1, no un objeto de elemento.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns.</source>
        <translation>La fila tiene %1 celdas, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Columna &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The cell is not valid UTF-8.</source>
        <translation>La celda no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64.</source>
        <translation>&quot;%1&quot; no es base64.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>&quot;%1&quot; no es ni true ni false.</translation>
    </message>
    <message>
        <source>The cell is not JSON (character %1: %2)</source>
        <translation>La celda no es JSON (carácter %1: %2)</translation>
    </message>
    <message>
        <source>The value is of type %1, but the column holds type %2.</source>
        <translation>El valor es de tipo %1, pero la columna contiene el tipo %2.</translation>
    </message>
</context>
<context>
    <name>ItemFileWriter</name>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>No se pudo crear &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>No se pudo escribir &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ItemPoller</name>
    <message>
        <source>The connection to %1 was closed; reconnect to poll it.</source>
        <translation>Se cerró la conexión con %1; vuelva a conectarse para sondearla.</translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 names no key attributes, so it cannot tell the table&apos;s items apart.</source>
        <translation>El disparador itemPolled de %1 no indica atributos de clave, así que no puede distinguir los elementos de la tabla.</translation>
    </message>
    <message>
        <source>An item of %1 has no attribute &quot;%2&quot;: check the key attributes of the itemPolled trigger.</source>
        <translation>Un elemento de %1 no tiene el atributo &quot;%2&quot;: compruebe los atributos de clave del disparador itemPolled.</translation>
    </message>
    <message>
        <source>Each poll scans the whole table: about %1 read capacity units per poll, %2 polls an hour, about %3 read capacity units an hour. A scan cannot tell a removed item from one it missed, so removals are not reported reliably: prefer a stream-backed trigger when the table can have a stream.</source>
        <translation>Cada sondeo examina toda la tabla: unas %1 unidades de capacidad de lectura por sondeo, %2 sondeos por hora, unas %3 unidades de capacidad de lectura por hora. Un examen no puede distinguir un elemento eliminado de uno que no vio, así que las eliminaciones no se notifican de forma fiable: es preferible un disparador basado en un flujo cuando la tabla puede tener uno.</translation>
    </message>
</context>
<context>
    <name>ItemSize</name>
    <message>
        <source>The item is %1 bytes; DynamoDB&apos;s limit is 400 KB (%2 bytes). Its largest attribute is &quot;%3&quot; at %4 bytes.</source>
        <translation>El elemento ocupa %1 bytes; el límite de DynamoDB es 400 KB (%2 bytes). Su atributo más grande es &quot;%3&quot;, con %4 bytes.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message numerus="yes">
        <source>%1 (%n bytes)</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
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
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n attributes}</source>
        <translation>
            <numerusform>{%n atributo}</numerusform>
            <numerusform>{%n atributos}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemWrite</name>
    <message>
        <source>The key attribute &quot;%1&quot; is missing; every item needs its full primary key.</source>
        <translation>Falta el atributo de clave &quot;%1&quot;; todo elemento necesita su clave principal completa.</translation>
    </message>
    <message>
        <source>The key attribute &quot;%1&quot; was changed. A saved item keeps its key; use Duplicate to store a copy under a new key.</source>
        <translation>Se cambió el atributo de clave &quot;%1&quot;. Un elemento guardado conserva su clave; use Duplicar para almacenar una copia con una clave nueva.</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;DynamoDB JSON, one item per line (*.json)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv);;DynamoDB JSON, un elemento por línea (*.json)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>KeychainQueue</name>
    <message>
        <source>The keychain has no entry named %1.</source>
        <translation>El llavero no tiene ninguna entrada llamada %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). It may be locked. Secrets can be kept in memory for this session only.</source>
        <translation>El llavero del sistema denegó el acceso (%1). Puede estar bloqueado. Los secretos se pueden guardar en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Secrets can be kept in memory for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Los secretos se pueden guardar en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain failed on entry %1: %2</source>
        <translation>Error del llavero en la entrada %1: %2</translation>
    </message>
</context>
<context>
    <name>KinesisDestinations</name>
    <message>
        <source>Enter the ARN of a Kinesis data stream.</source>
        <translation>Introduzca el ARN de un flujo de datos de Kinesis.</translation>
    </message>
    <message>
        <source>The stream must be given by its ARN, for example arn:aws:kinesis:us-east-1:123456789012:stream/orders, not by its name.</source>
        <translation>El flujo debe indicarse por su ARN, por ejemplo arn:aws:kinesis:us-east-1:123456789012:stream/orders, no por su nombre.</translation>
    </message>
    <message>
        <source>The ARN names a %1 resource, not a Kinesis data stream.</source>
        <translation>El ARN designa un recurso %1, no un flujo de datos de Kinesis.</translation>
    </message>
    <message>
        <source>This is not the ARN of a Kinesis data stream: it must look like arn:aws:kinesis:&lt;region&gt;:&lt;12-digit account&gt;:stream/&lt;name&gt;.</source>
        <translation>Este no es el ARN de un flujo de datos de Kinesis: debe tener la forma arn:aws:kinesis:&lt;región&gt;:&lt;cuenta de 12 dígitos&gt;:stream/&lt;nombre&gt;.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>This table is on-demand: it has no provisioned capacity, so these quotas do not apply to it.</source>
        <translation>Esta tabla es bajo demanda: no tiene capacidad aprovisionada, así que estas cuotas no se le aplican.</translation>
    </message>
    <message>
        <source>Read capacity units (table and its indexes) against the per-table maximum</source>
        <translation>Unidades de capacidad de lectura (tabla e índices) frente al máximo por tabla</translation>
    </message>
    <message>
        <source>Write capacity units (table and its indexes) against the per-table maximum</source>
        <translation>Unidades de capacidad de escritura (tabla e índices) frente al máximo por tabla</translation>
    </message>
    <message>
        <source>Read capacity units against the account maximum in this region</source>
        <translation>Unidades de capacidad de lectura frente al máximo de la cuenta en esta región</translation>
    </message>
    <message>
        <source>Write capacity units against the account maximum in this region</source>
        <translation>Unidades de capacidad de escritura frente al máximo de la cuenta en esta región</translation>
    </message>
</context>
<context>
    <name>PaginatedJob</name>
    <message>
        <source>%1 is not a paginated operation.</source>
        <translation>%1 no es una operación paginada.</translation>
    </message>
</context>
<context>
    <name>ParallelScanJob</name>
    <message>
        <source>A scan needs at least one segment.</source>
        <translation>Un examen necesita al menos un segmento.</translation>
    </message>
</context>
<context>
    <name>PartiQL</name>
    <message>
        <source>The statement has no WHERE clause, so it reads every item of %1.</source>
        <translation>La instrucción no tiene cláusula WHERE, así que lee todos los elementos de %1.</translation>
    </message>
    <message>
        <source>The WHERE clause has no equality or IN condition on the partition key &quot;%1&quot; that every match must meet, so the statement reads the whole table.</source>
        <translation>La cláusula WHERE no tiene ninguna condición de igualdad o IN sobre la clave de partición &quot;%1&quot; que deban cumplir todas las coincidencias, así que la instrucción lee toda la tabla.</translation>
    </message>
    <message>
        <source>The WHERE clause has no equality or IN condition on the partition key &quot;%1&quot; of the index &quot;%2&quot; that every match must meet, so the statement reads the whole index.</source>
        <translation>La cláusula WHERE no tiene ninguna condición de igualdad o IN sobre la clave de partición &quot;%1&quot; del índice &quot;%2&quot; que deban cumplir todas las coincidencias, así que la instrucción lee todo el índice.</translation>
    </message>
</context>
<context>
    <name>PartiqlPanel</name>
    <message>
        <source>The value is not base64 text.</source>
        <translation>El valor no es texto base64.</translation>
    </message>
    <message>
        <source>Type true or false.</source>
        <translation>Escriba true o false.</translation>
    </message>
</context>
<context>
    <name>PointInTimeRestore</name>
    <message>
        <source>Point-in-time recovery is off for this table: turn it on before restoring to a point in time.</source>
        <translation>La recuperación a un momento dado está desactivada para esta tabla: actívela antes de restaurar a un momento dado.</translation>
    </message>
    <message>
        <source>Choose a time between %1 and %2, the window this table can be restored to.</source>
        <translation>Elija una hora entre %1 y %2, el intervalo al que se puede restaurar esta tabla.</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>The policy is not valid JSON: %1 at line %2, column %3.</source>
        <translation>La política no es JSON válido: %1 en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>%1 (Sid &quot;%2&quot;)</source>
        <translation>%1 (Sid &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has no %2 (or %3).</source>
        <translation>%1 no tiene %2 (ni %3).</translation>
    </message>
    <message>
        <source>%1 has both %2 and %3; use only one.</source>
        <translation>%1 tiene %2 y %3 a la vez; use solo uno.</translation>
    </message>
    <message>
        <source>In %1, %2 must be &quot;*&quot; or an object such as {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:root&quot;}.</source>
        <translation>En %1, %2 debe ser &quot;*&quot; o un objeto como {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:root&quot;}.</translation>
    </message>
    <message>
        <source>In %1, %2 must be a string or a non-empty list of strings.</source>
        <translation>En %1, %2 debe ser una cadena o una lista no vacía de cadenas.</translation>
    </message>
    <message>
        <source>Statement[%1] is not an object.</source>
        <translation>Statement[%1] no es un objeto.</translation>
    </message>
    <message>
        <source>%1 has an unknown element &quot;%2&quot;.</source>
        <translation>%1 tiene un elemento desconocido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has a Sid that is not a string.</source>
        <translation>%1 tiene un Sid que no es una cadena.</translation>
    </message>
    <message>
        <source>%1 has no Effect.</source>
        <translation>%1 no tiene Effect.</translation>
    </message>
    <message>
        <source>that is not a string</source>
        <translation>que no es una cadena</translation>
    </message>
    <message>
        <source>%1 has Effect %2; use &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>%1 tiene Effect %2; use &quot;Allow&quot; o &quot;Deny&quot;.</translation>
    </message>
    <message>
        <source>%1 has a Condition that is not an object.</source>
        <translation>%1 tiene una Condition que no es un objeto.</translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation>La política está vacía.</translation>
    </message>
    <message>
        <source>The policy is %1 bytes; DynamoDB accepts at most 20 KB (%2 bytes), whitespace included.</source>
        <translation>La política ocupa %1 bytes; DynamoDB acepta como máximo 20 KB (%2 bytes), incluidos los espacios en blanco.</translation>
    </message>
    <message>
        <source>The policy must be a JSON object with Version and Statement.</source>
        <translation>La política debe ser un objeto JSON con Version y Statement.</translation>
    </message>
    <message>
        <source>The policy has an unknown top-level element &quot;%1&quot;.</source>
        <translation>La política tiene un elemento de nivel superior desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The policy has no Version; use &quot;2012-10-17&quot;.</source>
        <translation>La política no tiene Version; use &quot;2012-10-17&quot;.</translation>
    </message>
    <message>
        <source>The policy&apos;s Version must be &quot;2012-10-17&quot; (or the older &quot;2008-10-17&quot;).</source>
        <translation>La Version de la política debe ser &quot;2012-10-17&quot; (o la anterior &quot;2008-10-17&quot;).</translation>
    </message>
    <message>
        <source>The policy has no Statement.</source>
        <translation>La política no tiene Statement.</translation>
    </message>
    <message>
        <source>The policy&apos;s Statement must be an object or a list of objects.</source>
        <translation>El Statement de la política debe ser un objeto o una lista de objetos.</translation>
    </message>
    <message>
        <source>The policy&apos;s Statement list is empty.</source>
        <translation>La lista Statement de la política está vacía.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is not an operation of this service.</source>
        <translation>%1 no es una operación de este servicio.</translation>
    </message>
</context>
<context>
    <name>ProcessCredentialsProvider</name>
    <message>
        <source>The credential_process command line ends with a backslash.</source>
        <translation>La línea de comandos de credential_process termina con una barra invertida.</translation>
    </message>
    <message>
        <source>The credential_process command line has a quote at position %1 that is never closed.</source>
        <translation>La línea de comandos de credential_process tiene una comilla en la posición %1 que nunca se cierra.</translation>
    </message>
    <message>
        <source>The credential_process command line is empty.</source>
        <translation>La línea de comandos de credential_process está vacía.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; could not be started: %2.</source>
        <translation>No se pudo iniciar el comando de credential_process &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; did not finish within %2 seconds and was stopped.</source>
        <translation>El comando de credential_process &apos;%1&apos; no terminó en %2 segundos y se detuvo.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; crashed.</source>
        <translation>El comando de credential_process &apos;%1&apos; se bloqueó.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; failed with exit code %2.</source>
        <translation>El comando de credential_process &apos;%1&apos; falló con el código de salida %2.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; failed with exit code %2: %3</source>
        <translation>El comando de credential_process &apos;%1&apos; falló con el código de salida %2: %3</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; did not print a JSON object.</source>
        <translation>El comando de credential_process &apos;%1&apos; no imprimió un objeto JSON.</translation>
    </message>
    <message>
        <source>a Version that is not a number</source>
        <translation>un Version que no es un número</translation>
    </message>
    <message>
        <source>no Version</source>
        <translation>un resultado sin Version</translation>
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
        <translation>El comando de credential_process &apos;%1&apos; imprimió %2; solo se admite Version 1.</translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed no %2.</source>
        <translation>El comando de credential_process &apos;%1&apos; no imprimió %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ni </translation>
    </message>
    <message>
        <source>The credential_process command &apos;%1&apos; printed an Expiration that is not an ISO 8601 time: %2.</source>
        <translation>El comando de credential_process &apos;%1&apos; imprimió un Expiration que no es una hora ISO 8601: %2.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 en la línea %2</translation>
    </message>
    <message>
        <source>%1 is not a vault key DynaConsole knows.</source>
        <translation>%1 no es una clave de almacén que DynaConsole conozca.</translation>
    </message>
    <message>
        <source>%1 is missing or empty.</source>
        <translation>Falta %1 o está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a valid region name: &quot;%2&quot;.</source>
        <translation>%1 no es un nombre de región válido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 no es una URL http o https.</translation>
    </message>
    <message>
        <source>%1 needs AWS_ASSUME_ROLE_ARN as well.</source>
        <translation>%1 necesita también AWS_ASSUME_ROLE_ARN.</translation>
    </message>
    <message>
        <source>%1 is not a role ARN such as arn:aws:iam::123456789012:role/Name.</source>
        <translation>%1 no es un ARN de rol como arn:aws:iam::123456789012:role/Name.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from %2 to %3; got &quot;%4&quot;.</source>
        <translation>%1 debe ser un número de segundos entre %2 y %3; se obtuvo &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>Ya hay otro perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a valid AWS region name such as us-east-1.</source>
        <translation>La región &quot;%1&quot; no es un nombre de región de AWS válido, como us-east-1.</translation>
    </message>
    <message>
        <source>Line %1 is not of the form KEY=value.</source>
        <translation>La línea %1 no tiene la forma CLAVE=valor.</translation>
    </message>
    <message>
        <source>%1 on line %2 was already set on line %3.</source>
        <translation>%1 en la línea %2 ya se estableció en la línea %3.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>El nombre del perfil está vacío.</translation>
    </message>
    <message>
        <source>The endpoint override must be an http:// or https:// URL with a host name.</source>
        <translation>El punto de enlace personalizado debe ser una URL http:// o https:// con un nombre de host.</translation>
    </message>
    <message>
        <source>The colour must be written as #rrggbb, for example #1f77b4.</source>
        <translation>El color debe escribirse como #rrggbb, por ejemplo #1f77b4.</translation>
    </message>
    <message>
        <source>The role ARN must look like arn:aws:iam::123456789012:role/RoleName.</source>
        <translation>El ARN del rol debe tener la forma arn:aws:iam::123456789012:role/RoleName.</translation>
    </message>
    <message>
        <source>The session duration must be between 900 and 43200 seconds (15 minutes to 12 hours).</source>
        <translation>La duración de la sesión debe estar entre 900 y 43200 segundos (de 15 minutos a 12 horas).</translation>
    </message>
    <message>
        <source>The source profile of a role cannot be the profile itself.</source>
        <translation>El perfil de origen de un rol no puede ser el propio perfil.</translation>
    </message>
    <message>
        <source>The shared config profile name is empty.</source>
        <translation>El nombre del perfil de configuración compartida está vacío.</translation>
    </message>
    <message>
        <source>The access key ID is missing.</source>
        <translation>Falta el ID de clave de acceso.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The secret access key is missing.</source>
        <translation>Falta la clave de acceso secreta.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>El perfil ya no existe.</translation>
    </message>
    <message>
        <source>The secret access key of profile &quot;%1&quot; is not kept in memory in this session. Enter it again.</source>
        <translation>La clave de acceso secreta del perfil &quot;%1&quot; no se guarda en memoria en esta sesión. Vuelva a introducirla.</translation>
    </message>
    <message>
        <source>The secret access key of profile &quot;%1&quot; was not found in the system keychain. The keychain may be locked: unlock it and try again, or enter the key again.</source>
        <translation>No se encontró la clave de acceso secreta del perfil &quot;%1&quot; en el llavero del sistema. Es posible que el llavero esté bloqueado: desbloquéelo y vuelva a intentarlo, o vuelva a introducir la clave.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>MFA code</source>
        <translation>Código MFA</translation>
    </message>
    <message>
        <source>Enter the current code of the MFA device
%1</source>
        <translation>Introduzca el código actual del dispositivo MFA
%1</translation>
    </message>
</context>
<context>
    <name>QuerySpec</name>
    <message>
        <source>Enter an attribute path.</source>
        <translation>Introduzca una ruta de atributo.</translation>
    </message>
    <message>
        <source>The attribute path %1 has a quote that is never closed.</source>
        <translation>La ruta de atributo %1 tiene unas comillas que nunca se cierran.</translation>
    </message>
    <message>
        <source>The attribute path %1 has an empty name.</source>
        <translation>La ruta de atributo %1 tiene un nombre vacío.</translation>
    </message>
    <message>
        <source>The attribute path %1 has a list index that is not a whole number in brackets, such as [0].</source>
        <translation>La ruta de atributo %1 tiene un índice de lista que no es un número entero entre corchetes, como [0].</translation>
    </message>
    <message>
        <source>The attribute path %1 has an unexpected %2; write a name containing dots, brackets or quotes between backticks, such as `a.b`.</source>
        <translation>La ruta de atributo %1 tiene un %2 inesperado; escriba entre comillas invertidas los nombres que contengan puntos, corchetes o comillas, como `a.b`.</translation>
    </message>
    <message>
        <source>%1 cannot be used on a sort key; use =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN or begins_with.</source>
        <translation>%1 no se puede usar en una clave de ordenación; use =, &lt;, &lt;=, &gt;, &gt;=, BETWEEN o begins_with.</translation>
    </message>
    <message>
        <source>value %1 is missing.</source>
        <translation>falta el valor %1.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>BETWEEN needs exactly 2 values; it has %1.</source>
        <translation>BETWEEN necesita exactamente 2 valores; tiene %1.</translation>
    </message>
    <message>
        <source>IN needs between 1 and 100 values; it has %1.</source>
        <translation>IN necesita entre 1 y 100 valores; tiene %1.</translation>
    </message>
    <message>
        <source>%1 needs exactly 1 value; it has %2.</source>
        <translation>%1 necesita exactamente 1 valor; tiene %2.</translation>
    </message>
    <message>
        <source>%1 compares strings, numbers or binary values only.</source>
        <translation>%1 solo compara cadenas, números o valores binarios.</translation>
    </message>
    <message>
        <source>both BETWEEN bounds must be of the same type.</source>
        <translation>los dos límites de BETWEEN deben ser del mismo tipo.</translation>
    </message>
    <message>
        <source>the low bound %1 is greater than the high bound %2; DynamoDB rejects such a range.</source>
        <translation>el límite inferior %1 es mayor que el límite superior %2; DynamoDB rechaza un intervalo así.</translation>
    </message>
    <message>
        <source>begins_with needs a string or binary value.</source>
        <translation>begins_with necesita un valor de cadena o binario.</translation>
    </message>
    <message>
        <source>size() is compared with a number.</source>
        <translation>size() se compara con un número.</translation>
    </message>
    <message>
        <source>attribute_type needs one of S, N, B, SS, NS, BS, BOOL, NULL, L or M.</source>
        <translation>attribute_type necesita uno de S, N, B, SS, NS, BS, BOOL, NULL, L o M.</translation>
    </message>
    <message>
        <source>the key %1 is of type %2 but the value %3 is of type %4.</source>
        <translation>la clave %1 es de tipo %2, pero el valor %3 es de tipo %4.</translation>
    </message>
    <message>
        <source>The table %1 has no index named %2.</source>
        <translation>La tabla %1 no tiene ningún índice llamado %2.</translation>
    </message>
    <message>
        <source>The global secondary index %1 does not support consistent reads; turn off consistent read.</source>
        <translation>El índice secundario global %1 no admite lecturas coherentes; desactive la lectura coherente.</translation>
    </message>
    <message>
        <source>Choose a table.</source>
        <translation>Elija una tabla.</translation>
    </message>
    <message>
        <source>The page size must be a positive number, or 0 for no limit.</source>
        <translation>El tamaño de página debe ser un número positivo, o 0 para no tener límite.</translation>
    </message>
    <message>
        <source>Count only cannot be combined with a projection.</source>
        <translation>Solo recuento no se puede combinar con una proyección.</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Clave de partición</translation>
    </message>
    <message>
        <source>enter the partition key name.</source>
        <translation>escriba el nombre de la clave de partición.</translation>
    </message>
    <message>
        <source>The sort key condition needs a partition key value: a query reads one partition.</source>
        <translation>La condición de clave de ordenación necesita un valor de clave de partición: una consulta lee una partición.</translation>
    </message>
    <message>
        <source>a query needs a partition key value.</source>
        <translation>una consulta necesita un valor de clave de partición.</translation>
    </message>
    <message>
        <source>the value must be a string, number or binary value.</source>
        <translation>el valor debe ser una cadena, un número o un valor binario.</translation>
    </message>
    <message>
        <source>the partition key is %1, not %2.</source>
        <translation>la clave de partición es %1, no %2.</translation>
    </message>
    <message>
        <source>Sort key condition</source>
        <translation>Condición de clave de ordenación</translation>
    </message>
    <message>
        <source>this table or index has no sort key.</source>
        <translation>esta tabla o índice no tiene clave de ordenación.</translation>
    </message>
    <message>
        <source>enter the sort key name.</source>
        <translation>escriba el nombre de la clave de ordenación.</translation>
    </message>
    <message>
        <source>the sort key is %1, not %2.</source>
        <translation>la clave de ordenación es %1, no %2.</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtro %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Enter a key condition expression: a query needs one.</source>
        <translation>Introduzca una expresión de condición de clave: una consulta necesita una.</translation>
    </message>
    <message>
        <source>A scan has no key condition expression; move the condition to the filter.</source>
        <translation>Un examen no tiene expresión de condición de clave; mueva la condición al filtro.</translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 must start with #.</source>
        <translation>El marcador de nombre de atributo %1 debe empezar por #.</translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 must stand for a non-empty name.</source>
        <translation>El marcador de nombre de atributo %1 debe representar un nombre no vacío.</translation>
    </message>
    <message>
        <source>The attribute name placeholder %1 is defined but not used in any expression; DynamoDB rejects unused placeholders.</source>
        <translation>El marcador de nombre de atributo %1 está definido pero no se usa en ninguna expresión; DynamoDB rechaza los marcadores no usados.</translation>
    </message>
    <message>
        <source>The value placeholder %1 must start with a colon.</source>
        <translation>El marcador de valor %1 debe empezar por dos puntos.</translation>
    </message>
    <message>
        <source>The value placeholder %1 is not valid DynamoDB JSON: %2</source>
        <translation>El marcador de valor %1 no es DynamoDB JSON válido: %2</translation>
    </message>
    <message>
        <source>The value placeholder %1 is defined but not used in any expression; DynamoDB rejects unused placeholders.</source>
        <translation>El marcador de valor %1 está definido pero no se usa en ninguna expresión; DynamoDB rechaza los marcadores no usados.</translation>
    </message>
    <message>
        <source>The expression uses %1, which is not defined in the attribute names.</source>
        <translation>La expresión usa %1, que no está definido en los nombres de atributo.</translation>
    </message>
    <message>
        <source>The expression uses %1, which is not defined in the values.</source>
        <translation>La expresión usa %1, que no está definido en los valores.</translation>
    </message>
    <message>
        <source>The number of scan segments must be between 1 and 1000000.</source>
        <translation>El número de segmentos del examen debe estar entre 1 y 1000000.</translation>
    </message>
    <message>
        <source>Parallel segments apply to a scan only.</source>
        <translation>Los segmentos paralelos solo se aplican a un examen.</translation>
    </message>
    <message>
        <source>count only</source>
        <translation>solo recuento</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>descendente</translation>
    </message>
    <message>
        <source>consistent read</source>
        <translation>lectura coherente</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 por página</translation>
    </message>
    <message>
        <source>The size of %1 is not known, so this scan may read all of it and consume many read capacity units.</source>
        <translation>Se desconoce el tamaño de %1, así que este examen puede leerlo entero y consumir muchas unidades de capacidad de lectura.</translation>
    </message>
    <message>
        <source>A full scan of %1 consumes about %2 read capacity units.</source>
        <translation>Un examen completo de %1 consume unas %2 unidades de capacidad de lectura.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>This connection is read-only: %1 was not sent.</source>
        <translation>Esta conexión es de solo lectura: %1 no se envió.</translation>
    </message>
</context>
<context>
    <name>RequestJob</name>
    <message>
        <source>%1 was not sent: the write was not confirmed.</source>
        <translation>%1 no se envió: la escritura no se confirmó.</translation>
    </message>
</context>
<context>
    <name>RequestPageSource</name>
    <message>
        <source>The connection was closed before the items loaded.</source>
        <translation>Se cerró la conexión antes de que se cargaran los elementos.</translation>
    </message>
</context>
<context>
    <name>SharedConfig</name>
    <message>
        <source>expected &apos;name = value&apos; inside &apos;%1&apos;; the line is ignored.</source>
        <translation>se esperaba &apos;name = value&apos; dentro de &apos;%1&apos;; se ignora la línea.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section header of the form [name]; the lines up to the next section are ignored.</source>
        <translation>&apos;%1&apos; no es un encabezado de sección con la forma [nombre]; se ignoran las líneas hasta la siguiente sección.</translation>
    </message>
    <message>
        <source>expected &apos;name = value&apos; or a [section]; the line is ignored.</source>
        <translation>se esperaba &apos;name = value&apos; o una [sección]; se ignora la línea.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set outside any [section] and is ignored.</source>
        <translation>&apos;%1&apos; se define fuera de cualquier [sección] y se ignora.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set again in [%2]; the later value is used.</source>
        <translation>&apos;%1&apos; se define de nuevo en [%2]; se usa el valor posterior.</translation>
    </message>
    <message>
        <source>[%1] appears again (first at line %2); the two sections are merged.</source>
        <translation>[%1] aparece de nuevo (la primera vez en la línea %2); se combinan las dos secciones.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>[%1] is ignored: in the config file a profile section is written [profile %1].</source>
        <translation>Se ignora [%1]: en el archivo config, una sección de perfil se escribe [profile %1].</translation>
    </message>
    <message>
        <source>[%1] is ignored: in the credentials file a profile section is written [%2], without &apos;profile&apos;.</source>
        <translation>Se ignora [%1]: en el archivo credentials, una sección de perfil se escribe [%2], sin &apos;profile&apos;.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; does not exist in the AWS config or credentials file.</source>
        <translation>El perfil &apos;%1&apos; no existe en el archivo config ni en el archivo credentials de AWS.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; assumes a role with a web identity token (web_identity_token_file), which DynaConsole does not support.</source>
        <translation>El perfil &apos;%1&apos; asume un rol con un token de identidad web (web_identity_token_file), que DynaConsole no admite.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names source_profile &apos;%2&apos;, which has no credentials: it sets no access keys, role_arn, SSO settings or credential_process.</source>
        <translation>El perfil &apos;%1&apos; indica el source_profile &apos;%2&apos;, que no tiene credenciales: no define claves de acceso, role_arn, configuración de SSO ni credential_process.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets aws_secret_access_key but no aws_access_key_id.</source>
        <translation>El perfil &apos;%1&apos; define aws_secret_access_key pero no aws_access_key_id.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets aws_access_key_id but no aws_secret_access_key.</source>
        <translation>El perfil &apos;%1&apos; define aws_access_key_id pero no aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets duration_seconds to &apos;%2&apos;; it must be a whole number of seconds from 900 to 43200.</source>
        <translation>El perfil &apos;%1&apos; define duration_seconds como &apos;%2&apos;; debe ser un número entero de segundos entre 900 y 43200.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets both source_profile and credential_source; keep only one of them.</source>
        <translation>El perfil &apos;%1&apos; define tanto source_profile como credential_source; conserve solo uno de ellos.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets role_arn but neither source_profile nor credential_source, so nothing can assume the role.</source>
        <translation>El perfil &apos;%1&apos; define role_arn pero ni source_profile ni credential_source, por lo que nada puede asumir el rol.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; uses credential_source %2, which DynaConsole does not support; use Environment or a source_profile.</source>
        <translation>El perfil &apos;%1&apos; usa credential_source %2, que DynaConsole no admite; use Environment o un source_profile.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets credential_source to &apos;%2&apos;; it must be Environment, Ec2InstanceMetadata or EcsContainer.</source>
        <translation>El perfil &apos;%1&apos; define credential_source como &apos;%2&apos;; debe ser Environment, Ec2InstanceMetadata o EcsContainer.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names source_profile &apos;%2&apos;, which does not exist.</source>
        <translation>El perfil &apos;%1&apos; indica el source_profile &apos;%2&apos;, que no existe.</translation>
    </message>
    <message>
        <source>The source_profile settings of profile &apos;%1&apos; form a cycle: %2.</source>
        <translation>Los valores de source_profile del perfil &apos;%1&apos; forman un ciclo: %2.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; goes through more than %2 source profiles; shorten its source_profile chain.</source>
        <translation>El perfil «%1» pasa por más de %2 perfiles de origen; acorte su cadena de source_profile.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names sso_session &apos;%2&apos;, but the config file has no [sso-session %2] section.</source>
        <translation>El perfil &apos;%1&apos; indica la sso_session &apos;%2&apos;, pero el archivo config no tiene ninguna sección [sso-session %2].</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; sets %2 to a different value than its sso-session &apos;%3&apos; does.</source>
        <translation>El perfil &apos;%1&apos; define %2 con un valor distinto del de su sso-session &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Sign in with the AWS CLI first: aws sso login --profile %1 (or aws sso login --sso-session %2).</source>
        <translation>Inicie sesión primero con la AWS CLI: aws sso login --profile %1 (o aws sso login --sso-session %2).</translation>
    </message>
    <message>
        <source>Sign in with the AWS CLI first: aws sso login --profile %1.</source>
        <translation>Inicie sesión primero con la AWS CLI: aws sso login --profile %1.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; is an SSO profile but is missing %2.</source>
        <translation>El perfil &apos;%1&apos; es un perfil de SSO, pero le falta %2.</translation>
    </message>
</context>
<context>
    <name>StatementCallJob</name>
    <message>
        <source>There is no statement to run.</source>
        <translation>No hay ninguna instrucción que ejecutar.</translation>
    </message>
    <message>
        <source>%1 statements were given, but DynamoDB runs at most %2 in one request. Split them into smaller groups.</source>
        <translation>Se indicaron %1 instrucciones, pero DynamoDB ejecuta como máximo %2 en una solicitud. Divídalas en grupos más pequeños.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
</context>
<context>
    <name>StreamRecord</name>
    <message>
        <source>Unknown stream event &quot;%1&quot;.</source>
        <translation>Evento de flujo desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A stream record has no sequence number.</source>
        <translation>Un registro del flujo no tiene número de secuencia.</translation>
    </message>
    <message>
        <source>Stream record %1 has no keys.</source>
        <translation>El registro del flujo %1 no tiene claves.</translation>
    </message>
</context>
<context>
    <name>StsJob</name>
    <message>
        <source>No source credentials are set.</source>
        <translation>No hay credenciales de origen configuradas.</translation>
    </message>
</context>
<context>
    <name>TableSpec</name>
    <message>
        <source>The %1 must be 3 to 255 characters long.</source>
        <translation>El %1 debe tener entre 3 y 255 caracteres.</translation>
    </message>
    <message>
        <source>The %1 may contain only letters, digits, underscores (_), hyphens (-) and dots (.).</source>
        <translation>El %1 solo puede contener letras, dígitos, guiones bajos (_), guiones (-) y puntos (.).</translation>
    </message>
    <message>
        <source>Enter the attribute name of the %1.</source>
        <translation>Introduzca el nombre de atributo de la %1.</translation>
    </message>
    <message>
        <source>The attribute name of the %1 is longer than 255 characters.</source>
        <translation>El nombre de atributo de la %1 tiene más de 255 caracteres.</translation>
    </message>
    <message>
        <source>The %1 must be of type S (string), N (number) or B (binary).</source>
        <translation>La %1 debe ser de tipo S (cadena), N (número) o B (binario).</translation>
    </message>
    <message>
        <source>The attribute %1 is used as a key of type %2 and of type %3; an attribute has one type.</source>
        <translation>El atributo %1 se usa como clave de tipo %2 y de tipo %3; un atributo tiene un solo tipo.</translation>
    </message>
    <message>
        <source>Provisioned read and write capacity of %1 must be at least 1.</source>
        <translation>Para %1, la capacidad aprovisionada de lectura y escritura debe ser como mínimo 1.</translation>
    </message>
    <message>
        <source>The maximum on-demand throughput of %1 cannot be negative.</source>
        <translation>Para %1, el rendimiento máximo bajo demanda no puede ser negativo.</translation>
    </message>
    <message>
        <source>The projection of index %1 must be ALL, KEYS_ONLY or INCLUDE.</source>
        <translation>La proyección del índice %1 debe ser ALL, KEYS_ONLY o INCLUDE.</translation>
    </message>
    <message>
        <source>Index %1 projects INCLUDE: list the non-key attributes it includes.</source>
        <translation>El índice %1 proyecta INCLUDE: enumere los atributos que no son de clave que incluye.</translation>
    </message>
    <message>
        <source>Index %1 includes more than %2 non-key attributes.</source>
        <translation>El índice %1 incluye más de %2 atributos que no son de clave.</translation>
    </message>
    <message>
        <source>Index %1 lists an empty non-key attribute name.</source>
        <translation>El índice %1 enumera un nombre vacío de atributo que no es de clave.</translation>
    </message>
    <message>
        <source>Index %1 lists non-key attributes, which only an INCLUDE projection takes.</source>
        <translation>El índice %1 enumera atributos que no son de clave, que solo admite una proyección INCLUDE.</translation>
    </message>
    <message>
        <source>index name</source>
        <translation>nombre del índice</translation>
    </message>
    <message>
        <source>Two indexes are named %1; index names must be unique.</source>
        <translation>Hay dos índices llamados %1; los nombres de índice deben ser únicos.</translation>
    </message>
    <message>
        <source>partition key of index %1</source>
        <translation>clave de partición del índice %1</translation>
    </message>
    <message>
        <source>sort key of index %1</source>
        <translation>clave de ordenación del índice %1</translation>
    </message>
    <message>
        <source>Index %1 uses %2 as both partition key and sort key.</source>
        <translation>El índice %1 usa %2 como clave de partición y como clave de ordenación.</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>el índice %1</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>nombre de la tabla</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>clave de partición</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>clave de ordenación</translation>
    </message>
    <message>
        <source>The sort key must be another attribute than the partition key.</source>
        <translation>La clave de ordenación debe ser un atributo distinto de la clave de partición.</translation>
    </message>
    <message>
        <source>A table can have at most %1 local secondary indexes.</source>
        <translation>Una tabla puede tener como máximo %1 índices secundarios locales.</translation>
    </message>
    <message>
        <source>Local secondary indexes need a table with a sort key.</source>
        <translation>Los índices secundarios locales necesitan una tabla con clave de ordenación.</translation>
    </message>
    <message>
        <source>Local secondary index %1 must use the table&apos;s partition key %2.</source>
        <translation>El índice secundario local %1 debe usar la clave de partición de la tabla, %2.</translation>
    </message>
    <message>
        <source>Local secondary index %1 needs a sort key.</source>
        <translation>El índice secundario local %1 necesita una clave de ordenación.</translation>
    </message>
    <message>
        <source>A table can have at most %1 global secondary indexes.</source>
        <translation>Una tabla puede tener como máximo %1 índices secundarios globales.</translation>
    </message>
    <message>
        <source>The indexes of a table can include at most %1 non-key attributes in all.</source>
        <translation>Los índices de una tabla pueden incluir en total como máximo %1 atributos que no son de clave.</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>la tabla</translation>
    </message>
    <message>
        <source>Choose what the stream records: NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY.</source>
        <translation>Elija qué registra el flujo: NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES o KEYS_ONLY.</translation>
    </message>
    <message>
        <source>The table class must be STANDARD or STANDARD_INFREQUENT_ACCESS.</source>
        <translation>La clase de tabla debe ser STANDARD o STANDARD_INFREQUENT_ACCESS.</translation>
    </message>
    <message>
        <source>A table can have at most %1 tags.</source>
        <translation>Una tabla puede tener como máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>A tag key must be 1 to 128 characters long.</source>
        <translation>Una clave de etiqueta debe tener entre 1 y 128 caracteres.</translation>
    </message>
    <message>
        <source>The value of tag %1 is longer than 256 characters.</source>
        <translation>El valor de la etiqueta %1 tiene más de 256 caracteres.</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>La etiqueta %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The table has no global secondary index named %1.</source>
        <translation>La tabla no tiene ningún índice secundario global llamado %1.</translation>
    </message>
    <message>
        <source>Delete index %1 (DynamoDB deletes one global secondary index per call).</source>
        <translation>Eliminar el índice %1 (DynamoDB elimina un índice secundario global por llamada).</translation>
    </message>
    <message>
        <source>Switching to provisioned capacity needs the table&apos;s read and write capacity.</source>
        <translation>Para cambiar a capacidad aprovisionada se necesita la capacidad de lectura y escritura de la tabla.</translation>
    </message>
    <message>
        <source>Switching to provisioned capacity needs read and write capacity for index %1 too.</source>
        <translation>Para cambiar a capacidad aprovisionada también se necesita la capacidad de lectura y escritura del índice %1.</translation>
    </message>
    <message>
        <source>Change the table&apos;s capacity and settings.</source>
        <translation>Cambiar la capacidad y la configuración de la tabla.</translation>
    </message>
    <message>
        <source>Disable the stream: its view type can only change by disabling it and enabling a new stream.</source>
        <translation>Desactivar el flujo: su tipo de vista solo se puede cambiar desactivándolo y activando un flujo nuevo.</translation>
    </message>
    <message>
        <source>Enable a stream of %1.</source>
        <translation>Activar un flujo de tipo %1.</translation>
    </message>
    <message>
        <source>Disable the stream.</source>
        <translation>Desactivar el flujo.</translation>
    </message>
    <message>
        <source>Create index %1 (DynamoDB creates one global secondary index per call; it backfills before the next change).</source>
        <translation>Crear el índice %1 (DynamoDB crea un índice secundario global por llamada; lo rellena antes del siguiente cambio).</translation>
    </message>
</context>
<context>
    <name>TableWaiter</name>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>index %1 %2 (backfilling)</source>
        <translation>índice %1 %2 (rellenándose)</translation>
    </message>
    <message>
        <source>index %1 %2</source>
        <translation>índice %1 %2</translation>
    </message>
    <message>
        <source>The bundled DynamoDB waiter definitions could not be read.</source>
        <translation>No se pudieron leer las definiciones de esperas de DynamoDB incluidas.</translation>
    </message>
    <message>
        <source>Table %1: %2 (check %3 of %4)</source>
        <translation>Tabla %1: %2 (comprobación %3 de %4)</translation>
    </message>
    <message>
        <source>Table %1 reached state %2, which it cannot leave by waiting.</source>
        <translation>La tabla %1 llegó al estado %2, del que no puede salir esperando.</translation>
    </message>
    <message>
        <source>Table %1 was still %2 after %3 checks; it may finish later, refresh to see.</source>
        <translation>La tabla %1 seguía %2 tras %3 comprobaciones; puede que termine más tarde, actualice para verlo.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>The tag %1 contains &quot;%2&quot;; only letters, numbers, spaces and + - = . _ : / are allowed.</source>
        <translation>La etiqueta %1 contiene &quot;%2&quot;; solo se permiten letras, números, espacios y + - = . _ : /.</translation>
    </message>
    <message>
        <source>A tag key cannot be empty.</source>
        <translation>Una clave de etiqueta no puede estar vacía.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1…&quot; is %2 characters long; keys have at most %3.</source>
        <translation>La clave de etiqueta &quot;%1…&quot; tiene %2 caracteres; las claves tienen como máximo %3.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; starts with &quot;aws:&quot;, which is reserved for tags AWS assigns.</source>
        <translation>La clave de etiqueta &quot;%1&quot; empieza por &quot;aws:&quot;, que está reservado para las etiquetas que asigna AWS.</translation>
    </message>
    <message>
        <source>The tag value &quot;%1…&quot; is %2 characters long; values have at most %3.</source>
        <translation>El valor de etiqueta &quot;%1…&quot; tiene %2 caracteres; los valores tienen como máximo %3.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; appears twice (rows %2 and %3); keys must be unique.</source>
        <translation>La clave de etiqueta &quot;%1&quot; aparece dos veces (filas %2 y %3); las claves deben ser únicas.</translation>
    </message>
    <message>
        <source>A resource can have at most %1 tags; this list has %2.</source>
        <translation>Un recurso puede tener como máximo %1 etiquetas; esta lista tiene %2.</translation>
    </message>
</context>
<context>
    <name>TransactionRow</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Fila %1 (%2): %3</translation>
    </message>
    <message>
        <source>the placeholder %1 is used in an expression but not defined.</source>
        <translation>el marcador %1 se usa en una expresión, pero no está definido.</translation>
    </message>
    <message>
        <source>the name placeholder %1 is defined but no expression uses it.</source>
        <translation>el marcador de nombre %1 está definido, pero ninguna expresión lo usa.</translation>
    </message>
    <message>
        <source>the name placeholder %1 must stand for an attribute name.</source>
        <translation>el marcador de nombre %1 debe representar un nombre de atributo.</translation>
    </message>
    <message>
        <source>the value placeholder %1 is defined but no expression uses it.</source>
        <translation>el marcador de valor %1 está definido, pero ninguna expresión lo usa.</translation>
    </message>
    <message>
        <source>the value of %1 is not a DynamoDB value: %2</source>
        <translation>el valor de %1 no es un valor de DynamoDB: %2</translation>
    </message>
    <message>
        <source>choose a table.</source>
        <translation>elija una tabla.</translation>
    </message>
    <message>
        <source>the item is empty; it needs at least the table&apos;s key attributes.</source>
        <translation>el elemento está vacío; necesita al menos los atributos de clave de la tabla.</translation>
    </message>
    <message>
        <source>the key is empty; give the item&apos;s key attributes.</source>
        <translation>la clave está vacía; indique los atributos de clave del elemento.</translation>
    </message>
    <message>
        <source>an update needs an update expression, such as SET #n = :v.</source>
        <translation>una actualización necesita una expresión de actualización, como SET #n = :v.</translation>
    </message>
    <message>
        <source>a condition check needs a condition expression.</source>
        <translation>una comprobación de condición necesita una expresión de condición.</translation>
    </message>
    <message>
        <source>A transaction needs at least one row.</source>
        <translation>Una transacción necesita al menos una fila.</translation>
    </message>
    <message>
        <source>A transaction holds at most %1 rows; this one has %2.</source>
        <translation>Una transacción contiene como máximo %1 filas; esta tiene %2.</translation>
    </message>
    <message>
        <source>a read belongs in a Get transaction.</source>
        <translation>una lectura corresponde a una transacción Get.</translation>
    </message>
    <message>
        <source>a write belongs in a Write transaction.</source>
        <translation>una escritura corresponde a una transacción Write.</translation>
    </message>
    <message>
        <source>it touches the same item as row %1; DynamoDB allows one action per item in a transaction.</source>
        <translation>afecta al mismo elemento que la fila %1; DynamoDB permite una acción por elemento en una transacción.</translation>
    </message>
    <message>
        <source>The items add up to %1 bytes; DynamoDB&apos;s limit for a transaction is 4 MB (%2 bytes).</source>
        <translation>Los elementos suman %1 bytes; el límite de DynamoDB para una transacción es 4 MB (%2 bytes).</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>The schedule &quot;%1&quot; is not a duration: write a whole number followed by ms, s, m or h, such as &quot;30s&quot; or &quot;5m&quot;.</source>
        <translation>La programación &quot;%1&quot; no es una duración: escriba un número entero seguido de ms, s, m o h, como &quot;30s&quot; o &quot;5m&quot;.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is zero: a trigger needs a positive interval.</source>
        <translation>La programación &quot;%1&quot; es cero: un disparador necesita un intervalo positivo.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; is longer than the longest allowed, 24 hours.</source>
        <translation>La programación &quot;%1&quot; supera el máximo permitido, 24 horas.</translation>
    </message>
    <message>
        <source>The trigger has no &quot;trigger&quot; name: use one of %1.</source>
        <translation>El disparador no tiene nombre &quot;trigger&quot;: use uno de %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trigger: use one of %2.</source>
        <translation>&quot;%1&quot; no es un disparador: use uno de %2.</translation>
    </message>
    <message>
        <source>The %1 trigger names no table: add &quot;tableName&quot;.</source>
        <translation>El disparador %1 no indica ninguna tabla: añada &quot;tableName&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name: DynamoDB table names have 3 to 255 characters among letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>&quot;%1&quot; no es un nombre de tabla válido: los nombres de tabla de DynamoDB tienen de 3 a 255 caracteres entre letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The schedule of the %1 trigger must be text such as &quot;30s&quot;.</source>
        <translation>La programación del disparador %1 debe ser un texto como &quot;30s&quot;.</translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 needs &quot;keyAttributes&quot;, the names of the table&apos;s key attributes, to tell its items apart.</source>
        <translation>El disparador itemPolled de %1 necesita &quot;keyAttributes&quot;, los nombres de los atributos de clave de la tabla, para distinguir sus elementos.</translation>
    </message>
    <message>
        <source>The itemPolled trigger on %1 lists %2 key attributes: a DynamoDB key has a partition key and at most one sort key.</source>
        <translation>El disparador itemPolled de %1 indica %2 atributos de clave: una clave de DynamoDB tiene una clave de partición y como máximo una clave de ordenación.</translation>
    </message>
    <message>
        <source>The key attributes of the itemPolled trigger on %1 must be distinct, non-empty attribute names.</source>
        <translation>Los atributos de clave del disparador itemPolled de %1 deben ser nombres de atributo distintos y no vacíos.</translation>
    </message>
    <message>
        <source>New items in %1, every %2</source>
        <translation>Elementos nuevos en %1, cada %2</translation>
    </message>
    <message>
        <source>Changed items in %1, every %2</source>
        <translation>Elementos modificados en %1, cada %2</translation>
    </message>
    <message>
        <source>Removed items in %1, every %2</source>
        <translation>Elementos eliminados en %1, cada %2</translation>
    </message>
    <message>
        <source>New shards in the stream of %1, every %2</source>
        <translation>Fragmentos nuevos en el flujo de %1, cada %2</translation>
    </message>
    <message>
        <source>New and changed items in %1 found by a scan, every %2</source>
        <translation>Elementos nuevos y modificados en %1 detectados por un examen, cada %2</translation>
    </message>
</context>
<context>
    <name>WirePage</name>
    <message>
        <source>The response is not valid JSON (%1).</source>
        <translation>La respuesta no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;Items&quot; is not an array.</source>
        <translation>&quot;Items&quot; no es una matriz.</translation>
    </message>
    <message>
        <source>Item %1 is not an object.</source>
        <translation>El elemento %1 no es un objeto.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Elemento %1: %2</translation>
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
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>PartiQL</source>
        <translation>PartiQL</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Capacity units consumed by this session&apos;s requests</source>
        <translation>Unidades de capacidad consumidas por las solicitudes de esta sesión</translation>
    </message>
    <message>
        <source>Session: %1 RCU · %2 WCU</source>
        <translation>Sesión: %1 RCU · %2 WCU</translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation>No se pudo conectar.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;Refresh Tables</source>
        <translation>&amp;Actualizar tablas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Nueva tabla…</translation>
    </message>
    <message>
        <source>&amp;Update Table…</source>
        <translation>&amp;Modificar tabla…</translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation>&amp;Eliminar tabla…</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elementos</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About DynaConsole</source>
        <translation>&amp;Acerca de DynaConsole</translation>
    </message>
    <message>
        <source>DynaConsole — %1 (production)</source>
        <translation>DynaConsole — %1 (producción)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
</context>
<context>
    <name>dyna::dynamo::DemoDataset</name>
    <message>
        <source>Creating tables</source>
        <translation>Creando tablas</translation>
    </message>
    <message>
        <source>Writing items</source>
        <translation>Escribiendo elementos</translation>
    </message>
</context>
<context>
    <name>dyna::models::BackupListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>dyna::models::ItemDetailModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>dyna::models::NavigationModel</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — conectando…</translation>
    </message>
    <message>
        <source>%1 — listing tables…</source>
        <translation>%1 — listando tablas…</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — error</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to connect to %1 in %2</source>
        <translation>Haga doble clic para conectarse a %1 en %2</translation>
    </message>
    <message>
        <source>Double-click to connect to %1 and open %2</source>
        <translation>Haga doble clic para conectarse a %1 y abrir %2</translation>
    </message>
</context>
<context>
    <name>dyna::models::S3TransferModel</name>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Billed size</source>
        <translation>Tamaño facturado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>New table</source>
        <translation>Tabla nueva</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesados</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
</context>
<context>
    <name>dyna::models::ShardStatusModel</name>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Registros/s</translation>
    </message>
    <message>
        <source>Last sequence number</source>
        <translation>Último número de secuencia</translation>
    </message>
    <message>
        <source>waiting for parent</source>
        <translation>esperando al padre</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>al día</translation>
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
Recibido: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Número de secuencia</translation>
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
        <translation>El perfil &quot;%1&quot; asume un rol de sí mismo a través de sus perfiles de origen.</translation>
    </message>
    <message>
        <source>The saved profiles are not available.</source>
        <translation>Los perfiles guardados no están disponibles.</translation>
    </message>
    <message>
        <source>The source profile of &quot;%1&quot; no longer exists.</source>
        <translation>El perfil de origen de &quot;%1&quot; ya no existe.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set in the environment DynaConsole was started from.</source>
        <translation>AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY no están definidas ambas en el entorno desde el que se inició DynaConsole.</translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; takes its credentials from the environment, but AWS_ACCESS_KEY_ID is not set.</source>
        <translation>El perfil de configuración de AWS &quot;%1&quot; toma sus credenciales del entorno, pero AWS_ACCESS_KEY_ID no está definida.</translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; has no source for its role.</source>
        <translation>El perfil de configuración de AWS &quot;%1&quot; no tiene ningún origen para su rol.</translation>
    </message>
    <message>
        <source>The AWS config profile &quot;%1&quot; has no credentials.</source>
        <translation>El perfil de configuración de AWS &quot;%1&quot; no tiene credenciales.</translation>
    </message>
</context>
<context>
    <name>dyna::profiles::SsoCredentialsProvider</name>
    <message>
        <source> (or aws sso login --sso-session %1)</source>
        <translation> (o aws sso login --sso-session %1)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not signed in to AWS IAM Identity Center. Sign in with the AWS CLI first: %2.</source>
        <translation>El perfil &quot;%1&quot; no ha iniciado sesión en AWS IAM Identity Center. Inicie sesión primero con la AWS CLI: %2.</translation>
    </message>
    <message>
        <source>The AWS IAM Identity Center sign-in of profile &quot;%1&quot; expired at %2. Sign in again with the AWS CLI: %3.</source>
        <translation>El inicio de sesión en AWS IAM Identity Center del perfil &quot;%1&quot; caducó el %2. Vuelva a iniciar sesión con la AWS CLI: %3.</translation>
    </message>
    <message>
        <source>AWS IAM Identity Center no longer accepts the sign-in of profile &quot;%1&quot;. Sign in again with the AWS CLI: %2.</source>
        <translation>AWS IAM Identity Center ya no acepta el inicio de sesión del perfil &quot;%1&quot;. Vuelva a iniciar sesión con la AWS CLI: %2.</translation>
    </message>
    <message>
        <source>AWS IAM Identity Center answered without usable role credentials for role %1 in account %2.</source>
        <translation>AWS IAM Identity Center respondió sin credenciales de rol utilizables para el rol %1 en la cuenta %2.</translation>
    </message>
</context>
<context>
    <name>dyna::session::Session</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>El perfil ya no existe.</translation>
    </message>
</context>
<context>
    <name>dyna::streams::StreamConsumer</name>
    <message>
        <source>Table %1 has no stream. Turn on DynamoDB Streams for it (Table &gt; Update Table…) to watch its changes.</source>
        <translation>La tabla %1 no tiene flujo. Active DynamoDB Streams para ella (Tabla &gt; Modificar tabla…) para seguir sus cambios.</translation>
    </message>
    <message>
        <source>Shard %1 is no longer in the stream (it keeps 24 hours): its records from sequence number %2 on were lost.</source>
        <translation>El fragmento %1 ya no está en el flujo (se conserva 24 horas): se perdieron sus registros a partir del número de secuencia %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of shard %1 could not be read and were skipped: %2</source>
        <translation>
            <numerusform>%n registro del fragmento %1 no se pudo leer y se omitió: %2</numerusform>
            <numerusform>%n registros del fragmento %1 no se pudieron leer y se omitieron: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Records of shard %1 after sequence number %2 are no longer in the stream (it keeps 24 hours): reading went on from the oldest record left.</source>
        <translation>Los registros del fragmento %1 posteriores al número de secuencia %2 ya no están en el flujo (se conserva 24 horas): la lectura continuó desde el registro más antiguo que queda.</translation>
    </message>
</context>
<context>
    <name>dyna::views::AboutDialog</name>
    <message>
        <source>About DynaConsole</source>
        <translation>Acerca de DynaConsole</translation>
    </message>
    <message>
        <source>DynaConsole %1</source>
        <translation>DynaConsole %1</translation>
    </message>
    <message>
        <source>A native desktop administration console for Amazon DynamoDB. It runs with these components:</source>
        <translation>Una consola de administración de escritorio nativa para Amazon DynamoDB. Se ejecuta con estos componentes:</translation>
    </message>
    <message>
        <source>Components, versions and licences</source>
        <translation>Componentes, versiones y licencias</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>DynamoDB Local is Amazon&apos;s software under the Amazon DynamoDB Local License Agreement (LICENSE.txt beside DynamoDBLocal.jar); DynaConsole only starts and talks to it.</source>
        <translation>DynamoDB Local es software de Amazon sujeto al Amazon DynamoDB Local License Agreement (LICENSE.txt junto a DynamoDBLocal.jar); DynaConsole solo lo inicia y se comunica con él.</translation>
    </message>
</context>
<context>
    <name>dyna::views::BackupsPanel</name>
    <message>
        <source>Backups of all tables</source>
        <translation>Copias de seguridad de todas las tablas</translation>
    </message>
    <message>
        <source>Created between</source>
        <translation>Creadas entre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Crear copia de seguridad</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Esta tabla</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Todas las tablas</translation>
    </message>
    <message>
        <source>Backup type</source>
        <translation>Tipo de copia de seguridad</translation>
    </message>
    <message>
        <source>User backups</source>
        <translation>Copias del usuario</translation>
    </message>
    <message>
        <source>System backups</source>
        <translation>Copias del sistema</translation>
    </message>
    <message>
        <source>AWS Backup</source>
        <translation>AWS Backup</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <source>Created before</source>
        <translation>Creadas antes de</translation>
    </message>
    <message>
        <source>Backup name</source>
        <translation>Nombre de la copia de seguridad</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Copias de seguridad de %1</translation>
    </message>
    <message>
        <source>A backup name must be 3 to 255 letters, digits, underscores (_), hyphens (-) or dots (.).</source>
        <translation>El nombre de una copia de seguridad debe tener de 3 a 255 letras, dígitos, guiones bajos (_), guiones (-) o puntos (.).</translation>
    </message>
    <message>
        <source>Backup %1 (%2, %3)</source>
        <translation>Copia de seguridad %1 (%2, %3)</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Source table: %1, %2 items, %3</source>
        <translation>Tabla de origen: %1, %2 elementos, %3</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Eliminar copia de seguridad</translation>
    </message>
    <message>
        <source>Delete the backup %1 of table %2? It cannot be restored afterwards.</source>
        <translation>¿Desea eliminar la copia de seguridad %1 de la tabla %2? Después no se podrá restaurar.</translation>
    </message>
    <message>
        <source>Backup %1 was deleted.</source>
        <translation>Se eliminó la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backups listed. Make one with Create backup.</source>
        <translation>No hay copias de seguridad. Cree una con Crear copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ConfirmDialog</name>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Escriba %1 para confirmar.</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Nombre para confirmar</translation>
    </message>
</context>
<context>
    <name>dyna::views::ConnectionManagerDialog</name>
    <message>
        <source>Connection Manager</source>
        <translation>Administrador de conexiones</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import from AWS config…</source>
        <translation>Importar de la configuración de AWS…</translation>
    </message>
    <message>
        <source>Import vault keys…</source>
        <translation>Importar claves de almacén…</translation>
    </message>
    <message>
        <source>Export vault keys…</source>
        <translation>Exportar claves de almacén…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>The region&apos;s endpoint, or e.g. http://127.0.0.1:8000</source>
        <translation>El punto de enlace de la región o, p. ej., http://127.0.0.1:8000</translation>
    </message>
    <message>
        <source>#rrggbb</source>
        <translation>#rrggbb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Read-only (refuse every write request)</source>
        <translation>Solo lectura (rechazar toda solicitud de escritura)</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Claves de acceso</translation>
    </message>
    <message>
        <source>Assume role</source>
        <translation>Asumir rol</translation>
    </message>
    <message>
        <source>AWS config profile</source>
        <translation>Perfil de configuración de AWS</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables de entorno</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>Punto de &amp;enlace personalizado:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;olor:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Credenciales:</translation>
    </message>
    <message>
        <source>The secret access key and session token are kept in the system keychain, never in the settings file.</source>
        <translation>La clave de acceso secreta y el token de sesión se guardan en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN and AWS_REGION are read from the environment DynaConsole was started from, each time it connects.</source>
        <translation>AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN y AWS_REGION se leen del entorno desde el que se inició DynaConsole, cada vez que se conecta.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;ID de clave de acceso:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Clave de acceso &amp;secreta:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>&amp;Token de sesión:</translation>
    </message>
    <message>
        <source>Keep secrets in memory for this session</source>
        <translation>Mantener los secretos en memoria durante esta sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>dynaconsole-&lt;timestamp&gt;</source>
        <translation>dynaconsole-&lt;marca de tiempo&gt;</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Optional, e.g. arn:aws:iam::123456789012:mfa/user</source>
        <translation>Opcional, p. ej., arn:aws:iam::123456789012:mfa/user</translation>
    </message>
    <message>
        <source>Source &amp;profile:</source>
        <translation>&amp;Perfil de origen:</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>&amp;ARN del rol:</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>No&amp;mbre de sesión:</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>ID e&amp;xterno:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>M&amp;FA serial:</source>
        <translation>Serie de M&amp;FA:</translation>
    </message>
    <message>
        <source>AWS config &amp;profile:</source>
        <translation>&amp;Perfil de configuración de AWS:</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <source>This profile&apos;s own keys</source>
        <translation>Claves propias de este perfil</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>Only for temporary keys</source>
        <translation>Solo para claves temporales</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Se guardó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secrets?</source>
        <translation>¿Desea eliminar el perfil &quot;%1&quot; y sus secretos guardados?</translation>
    </message>
    <message>
        <source>Import from AWS config</source>
        <translation>Importar de la configuración de AWS</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>No profiles were found in the AWS config files.</source>
        <translation>No se encontraron perfiles en los archivos de configuración de AWS.</translation>
    </message>
    <message>
        <source>Choose a profile of the AWS config files:</source>
        <translation>Elija un perfil de los archivos de configuración de AWS:</translation>
    </message>
    <message>
        <source>No region is set for this profile.</source>
        <translation>Este perfil no tiene ninguna región definida.</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>Imported. Name the profile, review it and click Save.</source>
        <translation>Importado. Asigne un nombre al perfil, revíselo y haga clic en Guardar.</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Perfil sin guardar</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Punto de enlace: %1</translation>
    </message>
    <message>
        <source>ListTables answered in %1 ms</source>
        <translation>ListTables respondió en %1 ms</translation>
    </message>
    <message>
        <source>No tables</source>
        <translation>No hay tablas</translation>
    </message>
    <message>
        <source>First table: %1</source>
        <translation>Primera tabla: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>&amp;Production (colour around the window, confirm every write)</source>
        <translation>&amp;Producción (color alrededor de la ventana, confirmar cada escritura)</translation>
    </message>
    <message>
        <source>The window, its tabs and the status bar show the profile&apos;s colour (red when none is set), and each write request waits for your confirmation.</source>
        <translation>La ventana, sus pestañas y la barra de estado muestran el color del perfil (rojo si no hay ninguno) y cada solicitud de escritura espera su confirmación.</translation>
    </message>
    <message>
        <source>(production)</source>
        <translation>(producción)</translation>
    </message>
    <message>
        <source>Allow plain HTTP (unencrypted) to this endpoint</source>
        <translation>Permitir HTTP sin cifrar hacia este punto de conexión</translation>
    </message>
    <message>
        <source>Only for an http:// endpoint on another machine. Without TLS anyone on the network can read the items and replay or alter the signed requests.</source>
        <translation>Solo para un punto de conexión http:// en otra máquina. Sin TLS, cualquiera en la red puede leer los elementos y repetir o alterar las solicitudes firmadas.</translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Send requests to %1 without encryption? Without TLS anyone on the network can read the items and replay or alter the signed requests. Allow this only on a network you trust.</source>
        <translation>¿Enviar solicitudes a %1 sin cifrar? Sin TLS, cualquiera en la red puede leer los elementos y repetir o alterar las solicitudes firmadas. Permítalo solo en una red de confianza.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ContributorInsightsPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Contributor insights of the table and its indexes</source>
        <translation>Contributor Insights de la tabla y sus índices</translation>
    </message>
    <message>
        <source>Table or index</source>
        <translation>Tabla o índice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Contributor insights in this account</source>
        <translation>Contributor Insights en esta cuenta</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Contributor insights in this account and region</source>
        <translation>Contributor Insights en esta cuenta y región</translation>
    </message>
    <message>
        <source>Contributor insights of %1</source>
        <translation>Contributor Insights de %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Disable contributor insights</source>
        <translation>Desactivar Contributor Insights</translation>
    </message>
    <message>
        <source>Disable contributor insights for %1? CloudWatch stops collecting its most accessed and most throttled keys and deletes the rules.</source>
        <translation>¿Desea desactivar Contributor Insights para %1? CloudWatch deja de recopilar sus claves más accedidas y más limitadas, y elimina las reglas.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabla %1</translation>
    </message>
    <message>
        <source>Index %1 of %2</source>
        <translation>Índice %1 de %2</translation>
    </message>
    <message>
        <source>Choose a table in the tree on the left.</source>
        <translation>Elija una tabla en el árbol de la izquierda.</translation>
    </message>
    <message>
        <source>Contributor insights are off everywhere in this region. Turn them on for the chosen table with Enable.</source>
        <translation>Contributor Insights está desactivado en toda esta región. Actívelo para la tabla elegida con Activar.</translation>
    </message>
</context>
<context>
    <name>dyna::views::CreateTableDialog</name>
    <message>
        <source>String (S)</source>
        <translation>Cadena (S)</translation>
    </message>
    <message>
        <source>Number (N)</source>
        <translation>Número (N)</translation>
    </message>
    <message>
        <source>Binary (B)</source>
        <translation>Binario (B)</translation>
    </message>
    <message>
        <source>Enable a stream</source>
        <translation>Activar un flujo</translation>
    </message>
    <message>
        <source>Protect from deletion</source>
        <translation>Proteger contra eliminación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create table</source>
        <translation>Crear tabla</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionada</translation>
    </message>
    <message>
        <source>One tag a line: key=value</source>
        <translation>Una etiqueta por línea: clave=valor</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Nombre de la tabla</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Clave de partición</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Clave de ordenación</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Read / write</source>
        <translation>Lectura / escritura</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Capacity units per second for the table and each global index (at least 1).</source>
        <translation>Unidades de capacidad por segundo para la tabla y cada índice global (como mínimo 1).</translation>
    </message>
    <message>
        <source>Optional maximum request units per second; 0 means no maximum.</source>
        <translation>Máximo opcional de unidades de solicitud por segundo; 0 significa sin máximo.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Table class</source>
        <translation>Clase de tabla</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Stream and settings</source>
        <translation>Flujo y configuración</translation>
    </message>
    <message>
        <source>Connect to an account or DynamoDB Local first.</source>
        <translation>Conéctese primero a una cuenta o a DynamoDB Local.</translation>
    </message>
    <message>
        <source>Creating table %1…</source>
        <translation>Creando la tabla %1…</translation>
    </message>
    <message>
        <source>Table %1 is ACTIVE.</source>
        <translation>La tabla %1 está ACTIVE.</translation>
    </message>
    <message>
        <source>Keep every change to the items for 24 hours, for the Streams tab and triggers.</source>
        <translation>Conservar cada cambio en los elementos durante 24 horas, para la pestaña Flujos y los disparadores.</translation>
    </message>
    <message>
        <source>While on, deleting the table fails until it is turned off.</source>
        <translation>Mientras esté activada, la eliminación de la tabla falla hasta que se desactive.</translation>
    </message>
    <message>
        <source>Partition key name</source>
        <translation>Nombre de la clave de partición</translation>
    </message>
    <message>
        <source>Sort key name</source>
        <translation>Nombre de la clave de ordenación</translation>
    </message>
</context>
<context>
    <name>dyna::views::DeleteTableDialog</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete table %1</source>
        <translation>Eliminar la tabla %1</translation>
    </message>
    <message>
        <source>Deletion protection is on for %1, so DynamoDB refuses to delete it. To delete the table, open Update table, clear &quot;Protect from deletion&quot; under Settings and apply, then delete it here.</source>
        <translation>La protección contra eliminación está activada para %1, por lo que DynamoDB se niega a eliminarla. Para eliminar la tabla, abra Modificar tabla, desmarque &quot;Proteger contra eliminación&quot; en Configuración y aplique los cambios; después, elimínela aquí.</translation>
    </message>
    <message>
        <source>Deleting %1 removes the table, its indexes and every item. This cannot be undone. Type the table name to confirm.</source>
        <translation>Al eliminar %1 se quitan la tabla, sus índices y todos los elementos. Esta acción no se puede deshacer. Escriba el nombre de la tabla para confirmar.</translation>
    </message>
    <message>
        <source>Deleting table %1…</source>
        <translation>Eliminando la tabla %1…</translation>
    </message>
    <message>
        <source>Table %1 is deleted.</source>
        <translation>Se eliminó la tabla %1.</translation>
    </message>
</context>
<context>
    <name>dyna::views::EmptyState</name>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Connect with Connection &gt; Connections… (Ctrl+Shift+O).</source>
        <translation>Conéctese con Conexión &gt; Conexiones… (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>No table matches “%1”.</source>
        <translation>Ninguna tabla coincide con “%1”.</translation>
    </message>
    <message>
        <source>No tables in %1. Create one with Table &gt; New Table… (Ctrl+Shift+N).</source>
        <translation>No hay tablas en %1. Cree una con Tabla &gt; Nueva tabla… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>DynamoDB Local keeps a separate database per access key and region unless it was started with -sharedDb, so tables created by another tool may live in another database.</source>
        <translation>DynamoDB Local mantiene una base de datos distinta por clave de acceso y región, salvo que se haya iniciado con -sharedDb, por lo que las tablas creadas por otra herramienta pueden estar en otra base de datos.</translation>
    </message>
    <message>
        <source>Choose a table in the tree on the left.</source>
        <translation>Elija una tabla en el árbol de la izquierda.</translation>
    </message>
    <message>
        <source>No loaded item contains “%1”. Find searches only the items read so far.</source>
        <translation>Ningún elemento cargado contiene “%1”. Buscar solo examina los elementos leídos hasta ahora.</translation>
    </message>
    <message>
        <source>This table has no items. Add one with New Item (Ctrl+N) or import a file with Import… (Ctrl+I).</source>
        <translation>Esta tabla no tiene elementos. Agregue uno con Nuevo elemento (Ctrl+N) o importe un archivo con Importar… (Ctrl+I).</translation>
    </message>
    <message>
        <source>The query matched no items. A filter only applies after items are read, so a scan can read many items and still return none.</source>
        <translation>La consulta no coincidió con ningún elemento. Un filtro solo se aplica después de leer los elementos, por lo que un examen puede leer muchos elementos y no devolver ninguno.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ErrorPane</name>
    <message>
        <source>Sign In Again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>dyna::views::ExportDialog</name>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket de S3</translation>
    </message>
    <message>
        <source>my-export-bucket</source>
        <translation>my-export-bucket</translation>
    </message>
    <message>
        <source>S3 prefix</source>
        <translation>Prefijo de S3</translation>
    </message>
    <message>
        <source>optional, e.g. exports/orders</source>
        <translation>opcional, p. ej., exports/orders</translation>
    </message>
    <message>
        <source>Export the table as it was at</source>
        <translation>Exportar la tabla tal como estaba el</translation>
    </message>
    <message>
        <source>Export time</source>
        <translation>Hora de exportación</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>Up to the latest change</source>
        <translation>Hasta el último cambio</translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation>Cambios hasta</translation>
    </message>
    <message>
        <source>Export to S3</source>
        <translation>Exportar a S3</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
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
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Bucket default</source>
        <translation>Predeterminado del bucket</translation>
    </message>
    <message>
        <source>S3 managed keys (AES256)</source>
        <translation>Claves administradas por S3 (AES256)</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>Clave de KMS</translation>
    </message>
    <message>
        <source>key id, ARN or alias</source>
        <translation>ID de clave, ARN o alias</translation>
    </message>
    <message>
        <source>Export type</source>
        <translation>Tipo de exportación</translation>
    </message>
    <message>
        <source>Full export</source>
        <translation>Exportación completa</translation>
    </message>
    <message>
        <source>Incremental export</source>
        <translation>Exportación incremental</translation>
    </message>
    <message>
        <source>View type</source>
        <translation>Tipo de vista</translation>
    </message>
    <message>
        <source>New and old images</source>
        <translation>Imágenes nuevas y antiguas</translation>
    </message>
    <message>
        <source>New images only</source>
        <translation>Solo imágenes nuevas</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation>Bucket de S3:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Prefijo:</translation>
    </message>
    <message>
        <source>Bucket owner:</source>
        <translation>Propietario del bucket:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>Clave de KMS:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Changes from:</source>
        <translation>Cambios desde:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>dyna::views::ExportsPanel</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabla: %1</translation>
    </message>
    <message>
        <source>Destination: s3://%1/%2</source>
        <translation>Destino: s3://%1/%2</translation>
    </message>
    <message>
        <source>Bucket owner: %1</source>
        <translation>Propietario del bucket: %1</translation>
    </message>
    <message>
        <source>, encrypted with %1 %2</source>
        <translation>, cifrado con %1 %2</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Incremental export of the changes from %1 to %2 (%3)</source>
        <translation>Exportación incremental de los cambios desde %1 hasta %2 (%3)</translation>
    </message>
    <message>
        <source>the latest change</source>
        <translation>el último cambio</translation>
    </message>
    <message>
        <source>Full export of the table as of %1</source>
        <translation>Exportación completa de la tabla a fecha de %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <source>Billed size: %1</source>
        <translation>Tamaño facturado: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifiesto: %1</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Exports to S3</source>
        <translation>Exportaciones a S3</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the chosen table to an S3 bucket</source>
        <translation>Exportar la tabla elegida a un bucket de S3</translation>
    </message>
    <message>
        <source>Exports to S3 — %1</source>
        <translation>Exportaciones a S3 — %1</translation>
    </message>
    <message>
        <source>Select an export to see its details.</source>
        <translation>Seleccione una exportación para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>dyna::views::GlobalTablesPanel</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 to %2 units</source>
        <translation>De %1 a %2 unidades</translation>
    </message>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>Clave de KMS</translation>
    </message>
    <message>
        <source>Read capacity</source>
        <translation>Capacidad de lectura</translation>
    </message>
    <message>
        <source>Add replica…</source>
        <translation>Agregar réplica…</translation>
    </message>
    <message>
        <source>Remove replica</source>
        <translation>Quitar réplica</translation>
    </message>
    <message>
        <source>Read auto scaling</source>
        <translation>Escalado automático de lectura</translation>
    </message>
    <message>
        <source>Write auto scaling</source>
        <translation>Escalado automático de escritura</translation>
    </message>
    <message>
        <source>Legacy global tables (2017.11.29)</source>
        <translation>Tablas globales heredadas (2017.11.29)</translation>
    </message>
    <message>
        <source>Global table</source>
        <translation>Tabla global</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Write capacity</source>
        <translation>Capacidad de escritura</translation>
    </message>
    <message>
        <source>Create from this table…</source>
        <translation>Crear a partir de esta tabla…</translation>
    </message>
    <message>
        <source>Add region…</source>
        <translation>Agregar región…</translation>
    </message>
    <message>
        <source>Remove region…</source>
        <translation>Quitar región…</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Replica auto scaling</source>
        <translation>Escalado automático de réplicas</translation>
    </message>
    <message>
        <source>Legacy global tables</source>
        <translation>Tablas globales heredadas</translation>
    </message>
    <message>
        <source>Legacy global table replicas</source>
        <translation>Réplicas de tablas globales heredadas</translation>
    </message>
    <message>
        <source>Replicas (version 2019.11.21)</source>
        <translation>Réplicas (versión 2019.11.21)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Table&apos;s key</source>
        <translation>Clave de la tabla</translation>
    </message>
    <message>
        <source>Table&apos;s capacity</source>
        <translation>Capacidad de la tabla</translation>
    </message>
    <message>
        <source>%1: %2, created %3, regions %4
%5</source>
        <translation>%1: %2, creada el %3, regiones %4
%5</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Global table, version 2019.11.21 (current)</source>
        <translation>Tabla global, versión 2019.11.21 (actual)</translation>
    </message>
    <message>
        <source>Global table, version 2017.11.29 (legacy)</source>
        <translation>Tabla global, versión 2017.11.29 (heredada)</translation>
    </message>
    <message>
        <source>Not a global table: it has no replicas in other regions.</source>
        <translation>No es una tabla global: no tiene réplicas en otras regiones.</translation>
    </message>
    <message>
        <source>Add a replica of %1</source>
        <translation>Agregar una réplica de %1</translation>
    </message>
    <message>
        <source>Replica region</source>
        <translation>Región de la réplica</translation>
    </message>
    <message>
        <source>Replica KMS key</source>
        <translation>Clave de KMS de la réplica</translation>
    </message>
    <message>
        <source>The table&apos;s key</source>
        <translation>La clave de la tabla</translation>
    </message>
    <message>
        <source>Replica read capacity</source>
        <translation>Capacidad de lectura de la réplica</translation>
    </message>
    <message>
        <source>The table&apos;s read capacity</source>
        <translation>La capacidad de lectura de la tabla</translation>
    </message>
    <message>
        <source>Add replica</source>
        <translation>Agregar réplica</translation>
    </message>
    <message>
        <source>DynamoDB copies table %1 and its items to the new region and keeps both in sync through the table&apos;s stream.</source>
        <translation>DynamoDB copia la tabla %1 y sus elementos en la nueva región y mantiene ambas sincronizadas mediante el flujo de la tabla.</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>KMS key:</source>
        <translation>Clave de KMS:</translation>
    </message>
    <message>
        <source>Read capacity:</source>
        <translation>Capacidad de lectura:</translation>
    </message>
    <message>
        <source>Remove the replica of table %1 in region %2? DynamoDB deletes the table and its items in %2; the table in this region stays.</source>
        <translation>¿Desea quitar la réplica de la tabla %1 en la región %2? DynamoDB elimina la tabla y sus elementos en %2; la tabla de esta región se conserva.</translation>
    </message>
    <message>
        <source>Create legacy global table %1</source>
        <translation>Crear la tabla global heredada %1</translation>
    </message>
    <message>
        <source>Regions of the global table</source>
        <translation>Regiones de la tabla global</translation>
    </message>
    <message>
        <source>Create global table</source>
        <translation>Crear tabla global</translation>
    </message>
    <message>
        <source>Version 2017.11.29 needs an empty table named %1 with the same key schema and a NEW_AND_OLD_IMAGES stream in every chosen region.</source>
        <translation>La versión 2017.11.29 necesita una tabla vacía llamada %1 con el mismo esquema de claves y un flujo NEW_AND_OLD_IMAGES en cada región elegida.</translation>
    </message>
    <message>
        <source>Choose at least one region for the global table.</source>
        <translation>Elija al menos una región para la tabla global.</translation>
    </message>
    <message>
        <source>Add a region to %1</source>
        <translation>Agregar una región a %1</translation>
    </message>
    <message>
        <source>Region to add</source>
        <translation>Región que agregar</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Agregar región</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>Quitar región</translation>
    </message>
    <message>
        <source>Remove region %2 from global table %1? The table in %2 stops replicating; it is not deleted.</source>
        <translation>¿Desea quitar la región %2 de la tabla global %1? La tabla de %2 deja de replicarse; no se elimina.</translation>
    </message>
    <message>
        <source>Write capacity…</source>
        <translation>Capacidad de escritura…</translation>
    </message>
    <message>
        <source>Write capacity of %1</source>
        <translation>Capacidad de escritura de %1</translation>
    </message>
    <message>
        <source>Provisioned write capacity units</source>
        <translation>Unidades de capacidad de escritura aprovisionadas</translation>
    </message>
    <message>
        <source>DynamoDB applies the same provisioned write capacity in every region of a legacy global table. An on-demand global table becomes provisioned.</source>
        <translation>DynamoDB aplica la misma capacidad de escritura aprovisionada en todas las regiones de una tabla global heredada. Una tabla global bajo demanda pasa a ser aprovisionada.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Write capacity units:</source>
        <translation>Unidades de capacidad de escritura:</translation>
    </message>
    <message>
        <source>No replicas in other regions. Add one with Add replica…</source>
        <translation>No hay réplicas en otras regiones. Agregue una con Agregar réplica…</translation>
    </message>
</context>
<context>
    <name>dyna::views::ImportDialog</name>
    <message>
        <source>String</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binario</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket de S3</translation>
    </message>
    <message>
        <source>my-import-bucket</source>
        <translation>my-import-bucket</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Prefijo de clave</translation>
    </message>
    <message>
        <source>optional, e.g. exports/AWSDynamoDB/…/data/</source>
        <translation>opcional, p. ej., exports/AWSDynamoDB/…/data/</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>Delimitador CSV</translation>
    </message>
    <message>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <source>CSV header list</source>
        <translation>Lista de encabezados CSV</translation>
    </message>
    <message>
        <source>empty: the first line of each file</source>
        <translation>vacío: la primera línea de cada archivo</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>Nombre de la nueva tabla</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Clave de partición</translation>
    </message>
    <message>
        <source>pk</source>
        <translation>pk</translation>
    </message>
    <message>
        <source>Partition key type</source>
        <translation>Tipo de clave de partición</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Clave de ordenación</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Sort key type</source>
        <translation>Tipo de clave de ordenación</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Unidades de capacidad de lectura</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Unidades de capacidad de escritura</translation>
    </message>
    <message>
        <source>Import from S3</source>
        <translation>Importar desde S3</translation>
    </message>
    <message>
        <source>Input format</source>
        <translation>Formato de entrada</translation>
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
        <translation>Compresión</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>Modo de facturación</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionada</translation>
    </message>
    <message>
        <source>S3 bucket:</source>
        <translation>Bucket de S3:</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>Prefijo de clave:</translation>
    </message>
    <message>
        <source>Bucket owner:</source>
        <translation>Propietario del bucket:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>CSV delimiter:</source>
        <translation>Delimitador CSV:</translation>
    </message>
    <message>
        <source>CSV headers:</source>
        <translation>Encabezados CSV:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compresión:</translation>
    </message>
    <message>
        <source>New table:</source>
        <translation>Nueva tabla:</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Clave de partición:</translation>
    </message>
    <message>
        <source>Sort key:</source>
        <translation>Clave de ordenación:</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Facturación:</translation>
    </message>
    <message>
        <source>Capacity (read, write):</source>
        <translation>Capacidad (lectura, escritura):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>dyna::views::ImportsPanel</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <source>New table: %1</source>
        <translation>Nueva tabla: %1</translation>
    </message>
    <message>
        <source>Source: s3://%1/%2</source>
        <translation>Origen: s3://%1/%2</translation>
    </message>
    <message>
        <source>Bucket owner: %1</source>
        <translation>Propietario del bucket: %1</translation>
    </message>
    <message>
        <source>, delimiter “%1”</source>
        <translation>, delimitador “%1”</translation>
    </message>
    <message>
        <source>, columns %1</source>
        <translation>, columnas %1</translation>
    </message>
    <message>
        <source>, compression %1</source>
        <translation>, compresión %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Processed items: %1 (%2)</source>
        <translation>Elementos procesados: %1 (%2)</translation>
    </message>
    <message>
        <source>Imported items: %1</source>
        <translation>Elementos importados: %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errores: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <source>Error log: %1</source>
        <translation>Registro de errores: %1</translation>
    </message>
    <message>
        <source>ARN: %1</source>
        <translation>ARN: %1</translation>
    </message>
    <message>
        <source>Imports from S3</source>
        <translation>Importaciones desde S3</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Create a new table from data in an S3 bucket</source>
        <translation>Crear una tabla nueva a partir de datos de un bucket de S3</translation>
    </message>
    <message>
        <source>Select an import to see its details.</source>
        <translation>Seleccione una importación para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>dyna::views::IndexEditor</name>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>INCLUDE only: comma-separated attribute names</source>
        <translation>Solo INCLUDE: nombres de atributos separados por comas</translation>
    </message>
    <message>
        <source>Global secondary index</source>
        <translation>Índice secundario global</translation>
    </message>
    <message>
        <source>Local secondary index</source>
        <translation>Índice secundario local</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Index name</source>
        <translation>Nombre del índice</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Clave de partición</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Clave de ordenación</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Read / write</source>
        <translation>Lectura / escritura</translation>
    </message>
    <message>
        <source>Add index</source>
        <translation>Agregar índice</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar seleccionados</translation>
    </message>
    <message>
        <source>Enter the index name.</source>
        <translation>Escriba el nombre del índice.</translation>
    </message>
    <message>
        <source>table key</source>
        <translation>clave de la tabla</translation>
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
        <translation>Clave de partición del índice</translation>
    </message>
    <message>
        <source>Index partition key type</source>
        <translation>Tipo de la clave de partición del índice</translation>
    </message>
    <message>
        <source>Index sort key</source>
        <translation>Clave de ordenación del índice</translation>
    </message>
    <message>
        <source>Index sort key type</source>
        <translation>Tipo de la clave de ordenación del índice</translation>
    </message>
    <message>
        <source>Index non-key attributes</source>
        <translation>Atributos sin clave del índice</translation>
    </message>
    <message>
        <source>Index read capacity</source>
        <translation>Capacidad de lectura del índice</translation>
    </message>
    <message>
        <source>Index write capacity</source>
        <translation>Capacidad de escritura del índice</translation>
    </message>
    <message>
        <source>Indexes to add</source>
        <translation>Índices que se agregarán</translation>
    </message>
</context>
<context>
    <name>dyna::views::ItemEditor</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>JSON simple</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S)</source>
        <translation>Guardar el elemento (Ctrl+S)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Save your item over the one shown here</source>
        <translation>Guardar su elemento sobre el que se muestra aquí</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Discard your changes and edit the item shown here</source>
        <translation>Descartar sus cambios y editar el elemento que se muestra aquí</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 atributo</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 atributos</translation>
    </message>
    <message>
        <source>Valid item · %1 · %2 KB of 400 KB</source>
        <translation>Elemento válido · %1 · %2 KB de 400 KB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The format was not changed because the text is not a valid item. %1</source>
        <translation>No se cambió el formato porque el texto no es un elemento válido. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Not saved: there is no connection.</source>
        <translation>No se guardó: no hay conexión.</translation>
    </message>
    <message>
        <source>Not saved: the connection changed after this item was opened. Open the item again from the current connection.</source>
        <translation>No se guardó: la conexión cambió después de abrir este elemento. Vuelva a abrir el elemento desde la conexión actual.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved · %1 write capacity units.</source>
        <translation>Guardado · %1 unidades de capacidad de escritura.</translation>
    </message>
    <message>
        <source>Someone else changed this item, and it could not be read back.</source>
        <translation>Otra persona cambió este elemento y no se pudo volver a leer.</translation>
    </message>
    <message>
        <source>The item as it is now in DynamoDB:</source>
        <translation>El elemento tal como está ahora en DynamoDB:</translation>
    </message>
    <message>
        <source>The item no longer exists in DynamoDB.</source>
        <translation>El elemento ya no existe en DynamoDB.</translation>
    </message>
    <message>
        <source>Not saved: an item with this key already exists. Your text is kept; compare it with the stored item, then Overwrite or Reload.</source>
        <translation>No se guardó: ya existe un elemento con esta clave. Su texto se conserva; compárelo con el elemento almacenado y, después, elija Sobrescribir o Recargar.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this item after you opened it. Your text is kept; compare it with the current item, then Overwrite or Reload.</source>
        <translation>No se guardó: otra persona cambió este elemento después de que usted lo abriera. Su texto se conserva; compárelo con el elemento actual y, después, elija Sobrescribir o Recargar.</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Texto del elemento</translation>
    </message>
    <message>
        <source>Item attributes</source>
        <translation>Atributos del elemento</translation>
    </message>
    <message>
        <source>Item as stored now</source>
        <translation>Elemento tal como está guardado</translation>
    </message>
</context>
<context>
    <name>dyna::views::ItemsPanel</name>
    <message>
        <source>Find in loaded items (Ctrl+F)</source>
        <translation>Buscar en los elementos cargados (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export Results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Select a table.</source>
        <translation>Seleccione una tabla.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Reading the table&apos;s keys and indexes…</source>
        <translation>Leyendo las claves e índices de la tabla…</translation>
    </message>
    <message>
        <source>Could not read the table.</source>
        <translation>No se pudo leer la tabla.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded in %1 page(s)</source>
        <translation>
            <numerusform>%n elemento cargado en %1 página(s)</numerusform>
            <numerusform>%n elementos cargados en %1 página(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> · last page: %1 scanned, %2 returned</source>
        <translation> · última página: %1 examinados, %2 devueltos</translation>
    </message>
    <message>
        <source> · %1 capacity units</source>
        <translation> · %1 unidades de capacidad</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · cargando…</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · fin de los resultados</translation>
    </message>
    <message>
        <source> · more: scroll down or press Ctrl+PgDown</source>
        <translation> · más: desplácese hacia abajo o pulse Ctrl+AvPág</translation>
    </message>
    <message>
        <source>Edit Item — %1</source>
        <translation>Editar elemento — %1</translation>
    </message>
    <message>
        <source>New Item — %1</source>
        <translation>Nuevo elemento — %1</translation>
    </message>
    <message>
        <source>Duplicate Item — %1</source>
        <translation>Duplicar elemento — %1</translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Eliminar elementos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from %1? This cannot be undone.</source>
        <translation>
            <numerusform>¿Desea eliminar %n elemento de %1? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Desea eliminar %n elementos de %1? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Eliminando %n elemento…</numerusform>
            <numerusform>Eliminando %n elementos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Eliminando… %1 de %2</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exported %1 items (%2 KB)…</source>
        <translation>Se exportaron %1 elementos (%2 KB)…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n elemento a %1.</numerusform>
            <numerusform>Se exportaron %n elementos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>Importar elementos</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) written.</source>
        <translation>
            <numerusform>Registros escritos: %1 de %n.</numerusform>
            <numerusform>Registros escritos: %1 de %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected before sending:</source>
        <translation>
            <numerusform>%n registro rechazado antes del envío:</numerusform>
            <numerusform>%n registros rechazados antes del envío:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) DynamoDB refused:</source>
        <translation>
            <numerusform>%n elemento rechazado por DynamoDB:</numerusform>
            <numerusform>%n elementos rechazados por DynamoDB:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was dropped silently: every line is listed below with its reason.</source>
        <translation>No se descartó nada sin avisar: cada línea aparece a continuación con su motivo.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalles del elemento</translation>
    </message>
    <message>
        <source>Find in results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Count Items</source>
        <translation>Contar elementos</translation>
    </message>
    <message>
        <source>Counting the items of %1…</source>
        <translation>Contando los elementos de %1…</translation>
    </message>
    <message>
        <source>Counting the items of %1: %L2 so far…</source>
        <translation>Contando los elementos de %1: %L2 hasta ahora…</translation>
    </message>
    <message>
        <source>The count was cancelled.</source>
        <translation>Se canceló el recuento.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %L2 items, counted by a scan in %n segment(s) in %3 s (%4 capacity units).</source>
        <translation>
            <numerusform>%1 contiene %L2 elementos, contados con un examen en %n segmento en %3 s (%4 unidades de capacidad).</numerusform>
            <numerusform>%1 contiene %L2 elementos, contados con un examen en %n segmentos en %3 s (%4 unidades de capacidad).</numerusform>
        </translation>
    </message>
    <message>
        <source> · stopped by an error: press Ctrl+PgDown to try again</source>
        <translation> · detenido por un error: pulse Ctrl+AvPág para reintentar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dyna::views::KinesisPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Enable streaming</source>
        <translation>Activar transmisión</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>Cambiar precisión</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Kinesis streaming destinations</source>
        <translation>Destinos de transmisión de Kinesis</translation>
    </message>
    <message>
        <source>Kinesis data stream</source>
        <translation>Flujo de datos de Kinesis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Creation time precision</source>
        <translation>Precisión de la hora de creación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Kinesis data stream ARN</source>
        <translation>ARN del flujo de datos de Kinesis</translation>
    </message>
    <message>
        <source>Approximate creation time precision</source>
        <translation>Precisión de la hora de creación aproximada</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milisegundos</translation>
    </message>
    <message>
        <source>Microseconds</source>
        <translation>Microsegundos</translation>
    </message>
    <message>
        <source>Apply the chosen precision to the selected destination</source>
        <translation>Aplicar la precisión elegida al destino seleccionado</translation>
    </message>
    <message>
        <source>Stream ARN</source>
        <translation>ARN del flujo</translation>
    </message>
    <message>
        <source>Kinesis streaming of %1</source>
        <translation>Transmisión a Kinesis de %1</translation>
    </message>
    <message>
        <source>MILLISECOND (default)</source>
        <translation>MILLISECOND (predeterminado)</translation>
    </message>
    <message>
        <source>Table %1 does not stream to any Kinesis data stream.</source>
        <translation>La tabla %1 no transmite a ningún flujo de datos de Kinesis.</translation>
    </message>
    <message>
        <source>Disable Kinesis streaming</source>
        <translation>Desactivar la transmisión a Kinesis</translation>
    </message>
    <message>
        <source>Stop streaming the changes of table %1 to the Kinesis data stream %2? Neither the table nor the stream is deleted; you can enable streaming again later.</source>
        <translation>¿Desea dejar de transmitir los cambios de la tabla %1 al flujo de datos de Kinesis %2? No se elimina ni la tabla ni el flujo; puede volver a activar la transmisión más adelante.</translation>
    </message>
    <message>
        <source>Disable streaming</source>
        <translation>Desactivar transmisión</translation>
    </message>
</context>
<context>
    <name>dyna::views::LimitsPanel</name>
    <message>
        <source>Capacity limits</source>
        <translation>Límites de capacidad</translation>
    </message>
    <message>
        <source>The table&apos;s capacity against the quotas</source>
        <translation>Capacidad de la tabla frente a las cuotas</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>This table</source>
        <translation>Esta tabla</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Account maximum, read capacity units</source>
        <translation>Máximo de la cuenta, unidades de capacidad de lectura</translation>
    </message>
    <message>
        <source>Account maximum, write capacity units</source>
        <translation>Máximo de la cuenta, unidades de capacidad de escritura</translation>
    </message>
    <message>
        <source>Per-table maximum, read capacity units</source>
        <translation>Máximo por tabla, unidades de capacidad de lectura</translation>
    </message>
    <message>
        <source>Per-table maximum, write capacity units</source>
        <translation>Máximo por tabla, unidades de capacidad de escritura</translation>
    </message>
    <message>
        <source>Select a table to see its capacity against these quotas.</source>
        <translation>Seleccione una tabla para ver su capacidad frente a estas cuotas.</translation>
    </message>
    <message>
        <source>%1 provisions %2 read and %3 write capacity units, counting its global secondary indexes.</source>
        <translation>%1 aprovisiona %2 unidades de capacidad de lectura y %3 de escritura, contando sus índices secundarios globales.</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>bajo demanda</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capacity limits beside %1</source>
        <translation>Límites de capacidad frente a %1</translation>
    </message>
</context>
<context>
    <name>dyna::views::NavigationPanel</name>
    <message>
        <source>Filter tables</source>
        <translation>Filtrar tablas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>List the tables again</source>
        <translation>Volver a listar las tablas</translation>
    </message>
    <message>
        <source>Local · %1</source>
        <translation>Local · %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Could not connect; still connected to %1.</source>
        <translation>No se pudo conectar; sigue conectado a %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation>Cargando tablas…</translation>
    </message>
    <message>
        <source>Loading tables… %1 so far</source>
        <translation>Cargando tablas… %1 hasta ahora</translation>
    </message>
    <message>
        <source>Tables listed before the error: %1</source>
        <translation>Tablas listadas antes del error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n table(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n tabla</numerusform>
            <numerusform>%1 · %2 · %n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Region…</source>
        <translation>Abrir región…</translation>
    </message>
    <message>
        <source>Refresh Tables</source>
        <translation>Actualizar tablas</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Remove from Tree</source>
        <translation>Quitar del árbol</translation>
    </message>
    <message>
        <source>Connect and Open</source>
        <translation>Conectar y abrir</translation>
    </message>
    <message>
        <source>Open Region</source>
        <translation>Abrir región</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Connections and tables</source>
        <translation>Conexiones y tablas</translation>
    </message>
</context>
<context>
    <name>dyna::views::OperationsPanel</name>
    <message>
        <source>Time to live…</source>
        <translation>Tiempo de vida…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Time to live is set with the table&apos;s overview</source>
        <translation>El tiempo de vida se configura en el resumen de la tabla</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>On-demand backups: create, restore into a new table, delete</source>
        <translation>Copias de seguridad bajo demanda: crear, restaurar en una tabla nueva, eliminar</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>Recuperación a un momento dado</translation>
    </message>
    <message>
        <source>Continuous backups and restores to any second of the last 35 days</source>
        <translation>Copias de seguridad continuas y restauraciones a cualquier segundo de los últimos 35 días</translation>
    </message>
    <message>
        <source>Exports to S3</source>
        <translation>Exportaciones a S3</translation>
    </message>
    <message>
        <source>Full and incremental exports of the table to an S3 bucket</source>
        <translation>Exportaciones completas e incrementales de la tabla a un bucket de S3</translation>
    </message>
    <message>
        <source>Imports from S3</source>
        <translation>Importaciones desde S3</translation>
    </message>
    <message>
        <source>New tables from CSV, DynamoDB JSON or Amazon Ion files in S3</source>
        <translation>Tablas nuevas a partir de archivos CSV, DynamoDB JSON o Amazon Ion en S3</translation>
    </message>
    <message>
        <source>Global tables</source>
        <translation>Tablas globales</translation>
    </message>
    <message>
        <source>Replicas of the table in other regions</source>
        <translation>Réplicas de la tabla en otras regiones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>The table&apos;s tags</source>
        <translation>Las etiquetas de la tabla</translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation>Política de recursos</translation>
    </message>
    <message>
        <source>Resource-based policies of the table and its stream</source>
        <translation>Políticas basadas en recursos de la tabla y de su flujo</translation>
    </message>
    <message>
        <source>Kinesis streaming</source>
        <translation>Streaming a Kinesis</translation>
    </message>
    <message>
        <source>Kinesis Data Streams destinations of the table&apos;s changes</source>
        <translation>Destinos de Kinesis Data Streams para los cambios de la tabla</translation>
    </message>
    <message>
        <source>Contributor insights</source>
        <translation>Contributor Insights</translation>
    </message>
    <message>
        <source>The most accessed and throttled keys of the table and its indexes</source>
        <translation>Las claves más accedidas y más limitadas de la tabla y sus índices</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>The account&apos;s capacity quotas beside the table&apos;s capacity</source>
        <translation>Las cuotas de capacidad de la cuenta junto a la capacidad de la tabla</translation>
    </message>
    <message>
        <source>Connect to an account or to DynamoDB Local to manage backups, exports and the other operations.</source>
        <translation>Conéctese a una cuenta o a DynamoDB Local para administrar copias de seguridad, exportaciones y las demás operaciones.</translation>
    </message>
    <message>
        <source>Choose a table in the navigation. Account-wide lists (backups, exports, imports, global tables, limits) work without one.</source>
        <translation>Elija una tabla en la navegación. Las listas de toda la cuenta (copias de seguridad, exportaciones, importaciones, tablas globales, límites) funcionan sin ella.</translation>
    </message>
    <message>
        <source>Operations on table %1</source>
        <translation>Operaciones en la tabla %1</translation>
    </message>
</context>
<context>
    <name>dyna::views::PartiqlEditor</name>
    <message>
        <source>SELECT * FROM &quot;Table&quot; WHERE pk = ?  (Ctrl+Return runs the statement under the cursor)</source>
        <translation>SELECT * FROM &quot;Table&quot; WHERE pk = ?  (Ctrl+Return ejecuta la instrucción bajo el cursor)</translation>
    </message>
    <message>
        <source>PartiQL statement</source>
        <translation>Instrucción PartiQL</translation>
    </message>
</context>
<context>
    <name>dyna::views::PartiqlPanel</name>
    <message>
        <source>Consistent read</source>
        <translation>Lectura coherente</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Batch (up to %1 statements)</source>
        <translation>Lote (hasta %1 instrucciones)</translation>
    </message>
    <message>
        <source>Transaction (up to %1 statements)</source>
        <translation>Transacción (hasta %1 instrucciones)</translation>
    </message>
    <message>
        <source>Client request token (empty: a new one)</source>
        <translation>Token de solicitud del cliente (vacío: uno nuevo)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Limit: </source>
        <translation>Límite: </translation>
    </message>
    <message>
        <source>Items read per page (Limit); 0 lets DynamoDB decide.</source>
        <translation>Elementos leídos por página (Limit); 0 deja que DynamoDB decida.</translation>
    </message>
    <message>
        <source>Run the statement under the cursor or the selection (Ctrl+Return)</source>
        <translation>Ejecutar la instrucción bajo el cursor o la selección (Ctrl+Return)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Double-click to put the statement into the editor.</source>
        <translation>Haga doble clic para poner la instrucción en el editor.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>Read the Whole Table?</source>
        <translation>¿Leer toda la tabla?</translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Guardar instrucción</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
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
        <translation>JSON simple</translation>
    </message>
    <message>
        <source>Value of ? number %1</source>
        <translation>Valor del ? número %1</translation>
    </message>
    <message>
        <source>Parameter %1 is not valid: %2</source>
        <translation>El parámetro %1 no es válido: %2</translation>
    </message>
    <message>
        <source>Connect to an account or a local endpoint first.</source>
        <translation>Conéctese primero a una cuenta o a un punto de enlace local.</translation>
    </message>
    <message>
        <source>Type a statement to run.</source>
        <translation>Escriba una instrucción para ejecutar.</translation>
    </message>
    <message>
        <source>Type the statements to run, separated by &apos;;&apos;.</source>
        <translation>Escriba las instrucciones que desea ejecutar, separadas por &apos;;&apos;.</translation>
    </message>
    <message>
        <source>%1 statements were typed; a %2 takes at most %3.</source>
        <translation>Se escribieron %1 instrucciones; el máximo por %2 es %3.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>transacción</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Leyendo las claves de %1…</translation>
    </message>
    <message>
        <source>reads the whole table</source>
        <translation>lee toda la tabla</translation>
    </message>
    <message>
        <source>Not run: full table scan (%1).</source>
        <translation>No se ejecutó: examen completo de la tabla (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) as a batch…</source>
        <translation>
            <numerusform>Ejecutando %n instrucción como lote…</numerusform>
            <numerusform>Ejecutando %n instrucciones como lote…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) as a transaction…</source>
        <translation>
            <numerusform>Ejecutando %n instrucción como transacción…</numerusform>
            <numerusform>Ejecutando %n instrucciones como transacción…</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch did not run.</source>
        <translation>El lote no se ejecutó.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Batch: %1 of %2 statement(s) succeeded · %3 capacity units</source>
        <translation>Lote: %1 de %2 instrucciones correctas · %3 unidades de capacidad</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) failed</source>
        <translation>
            <numerusform>%n instrucción falló</numerusform>
            <numerusform>%n instrucciones fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Client request token: %1</source>
        <translation>Token de solicitud del cliente: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not applied (the transaction was cancelled)</source>
        <translation>No aplicada (la transacción se canceló)</translation>
    </message>
    <message>
        <source>The transaction was not applied.</source>
        <translation>La transacción no se aplicó.</translation>
    </message>
    <message numerus="yes">
        <source>Transaction of %n statement(s) applied · %1 capacity units</source>
        <translation>
            <numerusform>Transacción de %n instrucción aplicada · %1 unidades de capacidad</numerusform>
            <numerusform>Transacción de %n instrucciones aplicada · %1 unidades de capacidad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s)</source>
        <translation>
            <numerusform>%n elemento en %1 página(s)</numerusform>
            <numerusform>%n elementos en %1 página(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 capacity units</source>
        <translation> · %1 unidades de capacidad</translation>
    </message>
    <message>
        <source> · full table scan: %1</source>
        <translation> · examen completo de la tabla: %1</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · cargando…</translation>
    </message>
    <message>
        <source> · end of results</source>
        <translation> · fin de los resultados</translation>
    </message>
    <message>
        <source> · more: scroll down or press Ctrl+PgDown</source>
        <translation> · más: desplácese hacia abajo o pulse Ctrl+PgDown</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 ms · %5 capacity units
%6</source>
        <translation>%1 %2 · %3 · %4 ms · %5 unidades de capacidad
%6</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>sin tabla</translation>
    </message>
    <message>
        <source>Client request token</source>
        <translation>Token de solicitud del cliente</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Result items</source>
        <translation>Elementos del resultado</translation>
    </message>
    <message>
        <source>Statement outcomes</source>
        <translation>Resultados de las instrucciones</translation>
    </message>
    <message>
        <source>Statement history</source>
        <translation>Historial de instrucciones</translation>
    </message>
    <message>
        <source>Saved statements</source>
        <translation>Instrucciones guardadas</translation>
    </message>
    <message>
        <source>Type a statement above and run it with Run (Ctrl+Return).</source>
        <translation>Escriba una instrucción arriba y ejecútela con Ejecutar (Ctrl+Return).</translation>
    </message>
    <message>
        <source>The statement returned no items.</source>
        <translation>La instrucción no devolvió ningún elemento.</translation>
    </message>
    <message>
        <source>Run a batch or a transaction (Ctrl+Return) to see the outcome of each statement here.</source>
        <translation>Ejecute un lote o una transacción (Ctrl+Return) para ver aquí el resultado de cada instrucción.</translation>
    </message>
</context>
<context>
    <name>dyna::views::PointInTimePanel</name>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Restore to a point in time…</source>
        <translation>Restaurar a un momento dado…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>Recuperación a un momento dado</translation>
    </message>
    <message>
        <source>Restorable window</source>
        <translation>Período restaurable</translation>
    </message>
    <message>
        <source>Point-in-time recovery of %1</source>
        <translation>Recuperación a un momento dado de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>None: turn point-in-time recovery on to restore to any second from then on (up to 35 days back).</source>
        <translation>Ninguno: active la recuperación a un momento dado para poder restaurar a cualquier segundo a partir de entonces (hasta 35 días atrás).</translation>
    </message>
    <message>
        <source>Turn off point-in-time recovery</source>
        <translation>Desactivar la recuperación a un momento dado</translation>
    </message>
    <message>
        <source>Turn off point-in-time recovery for %1? The restorable window is lost; turning it on again starts a new window from that moment.</source>
        <translation>¿Desactivar la recuperación a un momento dado para %1? Se pierde el período restaurable; al volver a activarla, empieza un período nuevo desde ese momento.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>dyna::views::PreferencesDialog</name>
    <message>
        <source> items</source>
        <translation> elementos</translation>
    </message>
    <message>
        <source> records</source>
        <translation> registros</translation>
    </message>
    <message>
        <source>Change records the Streams inspector keeps; the oldest go first.</source>
        <translation>Registros de cambios que conserva el inspector de flujos; los más antiguos se descartan primero.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The shortest wait between two GetRecords calls on one shard. DynamoDB allows five a second per shard.</source>
        <translation>La espera mínima entre dos llamadas a GetRecords en un fragmento. DynamoDB permite cinco por segundo por fragmento.</translation>
    </message>
    <message>
        <source>How often backups, exports, imports and replicas in progress are looked at again.</source>
        <translation>Con qué frecuencia se vuelven a comprobar las copias de seguridad, exportaciones, importaciones y réplicas en curso.</translation>
    </message>
    <message>
        <source>Ask before deleting items</source>
        <translation>Preguntar antes de eliminar elementos</translation>
    </message>
    <message>
        <source>Ask before every write on a production connection</source>
        <translation>Preguntar antes de cada escritura en una conexión de producción</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Profiles marked as production show their colour around the window; with this on, each write request waits for your confirmation.</source>
        <translation>Los perfiles marcados como producción muestran su color alrededor de la ventana; con esta opción activada, cada solicitud de escritura espera su confirmación.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Reading data</source>
        <translation>Lectura de datos</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Parallel scan &amp;segments:</source>
        <translation>&amp;Segmentos de examen paralelo:</translation>
    </message>
    <message>
        <source>Streams and operations</source>
        <translation>Flujos y operaciones</translation>
    </message>
    <message>
        <source>Stream &amp;buffer:</source>
        <translation>&amp;Búfer del flujo:</translation>
    </message>
    <message>
        <source>Stream &amp;poll interval:</source>
        <translation>Intervalo de &amp;sondeo del flujo:</translation>
    </message>
    <message>
        <source>&amp;Operations poll interval:</source>
        <translation>Intervalo de sondeo de &amp;operaciones:</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apariencia e idioma</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Items per Query or Scan page. Automatic fills pages of just under 1 MB from the table&apos;s average item size.</source>
        <translation>Elementos por página de Query o Scan. Automático llena páginas de algo menos de 1 MB según el tamaño medio de los elementos de la tabla.</translation>
    </message>
    <message>
        <source>A new Scan is split into this many segments read at the same time (parallel scan). More segments finish sooner and consume capacity faster. Automatic uses more as the table grows.</source>
        <translation>Un nuevo examen se divide en este número de segmentos leídos a la vez (examen paralelo). Más segmentos terminan antes y consumen capacidad más deprisa. Automático usa más a medida que crece la tabla.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
</context>
<context>
    <name>dyna::views::ProductionMarker</name>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>This profile is marked as production: every write asks first.</source>
        <translation>Este perfil está marcado como producción: cada escritura pide confirmación.</translation>
    </message>
</context>
<context>
    <name>dyna::views::QueryBuilder</name>
    <message>
        <source>%1 is not base64 text.</source>
        <translation>%1 no es texto base64.</translation>
    </message>
    <message>
        <source>a BOOL value is true or false.</source>
        <translation>un valor BOOL es true o false.</translation>
    </message>
    <message>
        <source>IN with JSON takes an array of DynamoDB JSON values.</source>
        <translation>IN con JSON requiere una matriz de valores DynamoDB JSON.</translation>
    </message>
    <message>
        <source>write a JSON object.</source>
        <translation>escriba un objeto JSON.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Scan the whole table?</source>
        <translation>¿Examinar toda la tabla?</translation>
    </message>
    <message>
        <source>Run the scan anyway?</source>
        <translation>¿Ejecutar el examen de todos modos?</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Ejecutar igualmente</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Raw expressions</source>
        <translation>Expresiones sin formato</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Agregar filtro</translation>
    </message>
    <message>
        <source>all attributes; or paths separated by commas</source>
        <translation>todos los atributos; o rutas separadas por comas</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Proyección:</translation>
    </message>
    <message>
        <source>Key condition, e.g. #pk = :pk</source>
        <translation>Condición de clave, p. ej. #pk = :pk</translation>
    </message>
    <message>
        <source>Filter, e.g. #status IN (:a, :b)</source>
        <translation>Filtro, p. ej. #status IN (:a, :b)</translation>
    </message>
    <message>
        <source>Projection, e.g. #pk, #status</source>
        <translation>Proyección, p. ej. #pk, #status</translation>
    </message>
    <message>
        <source>Names: {&quot;#pk&quot;: &quot;customer&quot;}</source>
        <translation>Nombres: {&quot;#pk&quot;: &quot;customer&quot;}</translation>
    </message>
    <message>
        <source>Values: {&quot;:pk&quot;: {&quot;S&quot;: &quot;c-1&quot;}}</source>
        <translation>Valores: {&quot;:pk&quot;: {&quot;S&quot;: &quot;c-1&quot;}}</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Ascendente</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Consistent read</source>
        <translation>Lectura coherente</translation>
    </message>
    <message>
        <source> items</source>
        <translation> elementos</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run (Ctrl+Return)</source>
        <translation>Ejecutar (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Tamaño de página:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmentos:</translation>
    </message>
    <message>
        <source>Table (%1)</source>
        <translation>Tabla (%1)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>%1 must stand for a name in quotes.</source>
        <translation>%1 debe representar un nombre entre comillas.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Partition key value</source>
        <translation>Valor de la clave de partición</translation>
    </message>
    <message>
        <source>Sort key value</source>
        <translation>Valor de la clave de ordenación</translation>
    </message>
    <message>
        <source>Sort key high bound</source>
        <translation>Límite superior de la clave de ordenación</translation>
    </message>
    <message>
        <source>Filter %1 value</source>
        <translation>Valor del filtro %1</translation>
    </message>
    <message>
        <source>attribute path, e.g. address.city</source>
        <translation>ruta del atributo, p. ej. address.city</translation>
    </message>
    <message>
        <source>Value type; JSON takes DynamoDB JSON such as {&quot;SS&quot;: [&quot;a&quot;]}.</source>
        <translation>Tipo de valor; JSON acepta DynamoDB JSON como {&quot;SS&quot;: [&quot;a&quot;]}.</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>límite superior</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>JSON array, e.g. [{&quot;S&quot;: &quot;a&quot;}, {&quot;N&quot;: &quot;1&quot;}]</source>
        <translation>Matriz JSON, p. ej. [{&quot;S&quot;: &quot;a&quot;}, {&quot;N&quot;: &quot;1&quot;}]</translation>
    </message>
    <message>
        <source>values separated by commas, e.g. a, b, c</source>
        <translation>valores separados por comas, p. ej. a, b, c</translation>
    </message>
    <message>
        <source>S, N, B, SS, NS, BS, BOOL, NULL, L or M</source>
        <translation>S, N, B, SS, NS, BS, BOOL, NULL, L o M</translation>
    </message>
    <message>
        <source>size as a number</source>
        <translation>tamaño como número</translation>
    </message>
    <message>
        <source>DynamoDB JSON, e.g. {&quot;SS&quot;: [&quot;a&quot;, &quot;b&quot;]}</source>
        <translation>DynamoDB JSON, p. ej. {&quot;SS&quot;: [&quot;a&quot;, &quot;b&quot;]}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>low bound</source>
        <translation>límite inferior</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Clave de partición</translation>
    </message>
    <message>
        <source>no sort key</source>
        <translation>sin clave de ordenación</translation>
    </message>
    <message>
        <source>Global secondary indexes support only eventually consistent reads.</source>
        <translation>Los índices secundarios globales solo admiten lecturas eventualmente coherentes.</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>desde: %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>hasta: %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Items per page. Automatic fills pages of just under 1 MB from the table&apos;s average item size.</source>
        <translation>Elementos por página. Automático llena páginas de algo menos de 1 MB según el tamaño medio de los elementos de la tabla.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Parallel scan: the number of segments read at the same time. Automatic uses more segments as the table grows, up to one per processor core for a local endpoint.</source>
        <translation>Examen paralelo: el número de segmentos leídos a la vez. Automático usa más segmentos a medida que crece la tabla, como máximo uno por núcleo de procesador en un endpoint local.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ResourcePolicyPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Confirm remove self resource access</source>
        <translation>Confirmar la eliminación del propio acceso al recurso</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Guardar política</translation>
    </message>
    <message>
        <source>Delete policy…</source>
        <translation>Eliminar política…</translation>
    </message>
    <message>
        <source>Policy of</source>
        <translation>Política de</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Policy document (JSON)</source>
        <translation>Documento de política (JSON)</translation>
    </message>
    <message>
        <source>No policy is attached. Type a policy document, for example:
{&quot;Version&quot;: &quot;2012-10-17&quot;, &quot;Statement&quot;: [{&quot;Effect&quot;: &quot;Allow&quot;, &quot;Principal&quot;: {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:role/reader&quot;}, &quot;Action&quot;: &quot;dynamodb:GetItem&quot;, &quot;Resource&quot;: &quot;&lt;table ARN&gt;&quot;}]}</source>
        <translation>No hay ninguna política asociada. Escriba un documento de política, por ejemplo:
{&quot;Version&quot;: &quot;2012-10-17&quot;, &quot;Statement&quot;: [{&quot;Effect&quot;: &quot;Allow&quot;, &quot;Principal&quot;: {&quot;AWS&quot;: &quot;arn:aws:iam::123456789012:role/reader&quot;}, &quot;Action&quot;: &quot;dynamodb:GetItem&quot;, &quot;Resource&quot;: &quot;&lt;table ARN&gt;&quot;}]}</translation>
    </message>
    <message>
        <source>Needed when the policy denies you permission to read or change this policy later (ConfirmRemoveSelfResourceAccess).</source>
        <translation>Necesario cuando la política le deniega a usted el permiso para leer o cambiar esta política más adelante (ConfirmRemoveSelfResourceAccess).</translation>
    </message>
    <message>
        <source>Policy of:</source>
        <translation>Política de:</translation>
    </message>
    <message>
        <source>The policy document is valid.</source>
        <translation>El documento de política es válido.</translation>
    </message>
    <message>
        <source>Resource policy of %1</source>
        <translation>Política de recursos de %1</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Leyendo la tabla…</translation>
    </message>
    <message>
        <source>This table has no stream.</source>
        <translation>Esta tabla no tiene flujo.</translation>
    </message>
    <message>
        <source>Reading the policy…</source>
        <translation>Leyendo la política…</translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation>Guardando la política…</translation>
    </message>
    <message>
        <source>Saved. DynamoDB applies a new policy within a few seconds.</source>
        <translation>Guardada. DynamoDB aplica una política nueva en unos segundos.</translation>
    </message>
    <message>
        <source>Delete resource policy</source>
        <translation>Eliminar política de recursos</translation>
    </message>
    <message>
        <source>Delete the resource policy of the stream of table %1? Access it grants or denies ends within a few seconds.</source>
        <translation>¿Eliminar la política de recursos del flujo de la tabla %1? El acceso que concede o deniega termina en unos segundos.</translation>
    </message>
    <message>
        <source>Delete the resource policy of table %1? Access it grants or denies, including to the table&apos;s indexes, ends within a few seconds.</source>
        <translation>¿Eliminar la política de recursos de la tabla %1? El acceso que concede o deniega, incluido el de los índices de la tabla, termina en unos segundos.</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Eliminar política</translation>
    </message>
    <message>
        <source>Deleting the policy…</source>
        <translation>Eliminando la política…</translation>
    </message>
    <message>
        <source>The policy was deleted.</source>
        <translation>Se eliminó la política.</translation>
    </message>
    <message>
        <source>The policy was changed or deleted by someone else since you loaded revision %1, so it was not overwritten. Your text is kept below; Reload shows the current policy (and replaces your text).</source>
        <translation>Otra persona cambió o eliminó la política desde que cargó la revisión %1, por lo que no se sobrescribió. Su texto se conserva abajo; Volver a cargar muestra la política actual (y reemplaza su texto).</translation>
    </message>
    <message>
        <source>A policy was attached by someone else since you loaded this resource, so it was not overwritten. Your text is kept below; Reload shows the current policy (and replaces your text).</source>
        <translation>Otra persona asoció una política desde que cargó este recurso, por lo que no se sobrescribió. Su texto se conserva abajo; Volver a cargar muestra la política actual (y reemplaza su texto).</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>No policy attached</source>
        <translation>Sin política asociada</translation>
    </message>
</context>
<context>
    <name>dyna::views::RestoreTableDialog</name>
    <message>
        <source>Global secondary indexes to restore</source>
        <translation>Índices secundarios globales que restaurar</translation>
    </message>
    <message>
        <source>Local secondary indexes to restore</source>
        <translation>Índices secundarios locales que restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore to a point in time</source>
        <translation>Restaurar a un momento dado</translation>
    </message>
    <message>
        <source>New table name</source>
        <translation>Nombre de la tabla nueva</translation>
    </message>
    <message>
        <source>Capacity mode</source>
        <translation>Modo de capacidad</translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation>Igual que el origen</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionada</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Read capacity units</source>
        <translation>Unidades de capacidad de lectura</translation>
    </message>
    <message>
        <source>Write capacity units</source>
        <translation>Unidades de capacidad de escritura</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>AWS owned key</source>
        <translation>Clave propiedad de AWS</translation>
    </message>
    <message>
        <source>AWS managed key (aws/dynamodb)</source>
        <translation>Clave administrada por AWS (aws/dynamodb)</translation>
    </message>
    <message>
        <source>Customer managed KMS key</source>
        <translation>Clave de KMS administrada por el cliente</translation>
    </message>
    <message>
        <source>KMS key</source>
        <translation>Clave de KMS</translation>
    </message>
    <message>
        <source>Key ID, ARN or alias</source>
        <translation>ID de clave, ARN o alias</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Latest restorable time</source>
        <translation>Última hora restaurable</translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation>Restaurar a</translation>
    </message>
    <message>
        <source>Global secondary indexes</source>
        <translation>Índices secundarios globales</translation>
    </message>
    <message>
        <source>Local secondary indexes</source>
        <translation>Índices secundarios locales</translation>
    </message>
    <message>
        <source>%1, restorable from %2 to %3</source>
        <translation>%1, restaurable desde %2 hasta %3</translation>
    </message>
    <message>
        <source>Reading the source table…</source>
        <translation>Leyendo la tabla de origen…</translation>
    </message>
    <message>
        <source>Backup %1 of table %2, taken %3</source>
        <translation>Copia de seguridad %1 de la tabla %2, creada el %3</translation>
    </message>
    <message>
        <source>Starting the restore into %1…</source>
        <translation>Iniciando la restauración en %1…</translation>
    </message>
    <message>
        <source>Table %1 is %2.</source>
        <translation>La tabla %1 está en estado %2.</translation>
    </message>
    <message>
        <source>Table %1 is ACTIVE.</source>
        <translation>La tabla %1 está ACTIVE.</translation>
    </message>
</context>
<context>
    <name>dyna::views::RetryIndicator</name>
    <message>
        <source>Retried requests</source>
        <translation>Solicitudes reintentadas</translation>
    </message>
    <message>
        <source>%1: %2. Retrying in %3 s (attempt %4 of %5)…</source>
        <translation>%1: %2. Reintento en %3 s (intento %4 de %5)…</translation>
    </message>
    <message numerus="yes">
        <source>%n retried</source>
        <translation>
            <numerusform>%n reintentada</numerusform>
            <numerusform>%n reintentadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests retried on this connection: %1
Latest:
%2</source>
        <translation>Solicitudes reintentadas en esta conexión: %1
Últimas:
%2</translation>
    </message>
</context>
<context>
    <name>dyna::views::S3TransferDialog</name>
    <message>
        <source>Bucket owner account</source>
        <translation>Cuenta propietaria del bucket</translation>
    </message>
    <message>
        <source>only for a bucket of another account</source>
        <translation>solo para un bucket de otra cuenta</translation>
    </message>
</context>
<context>
    <name>dyna::views::S3TransferPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Only this table</source>
        <translation>Solo esta tabla</translation>
    </message>
    <message>
        <source>List only the transfers of the table chosen in the navigation</source>
        <translation>Listar solo las transferencias de la tabla elegida en la navegación</translation>
    </message>
    <message>
        <source>None listed. Start one with %1 above.</source>
        <translation>No hay ninguna. Inicie una con %1 arriba.</translation>
    </message>
</context>
<context>
    <name>dyna::views::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Método abreviado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menú %1</translation>
    </message>
    <message>
        <source>Shortcuts work where the named tab has the focus; menu and window shortcuts work everywhere.</source>
        <translation>Los métodos abreviados funcionan donde la pestaña indicada tiene el foco; los de menú y de ventana funcionan en todas partes.</translation>
    </message>
</context>
<context>
    <name>dyna::views::StreamInspectorPanel</name>
    <message>
        <source>Last checkpoint</source>
        <translation>Último punto de control</translation>
    </message>
    <message>
        <source>Trim horizon (24 h)</source>
        <translation>Horizonte de recorte (24 h)</translation>
    </message>
    <message>
        <source>Latest (from now)</source>
        <translation>Más reciente (desde ahora)</translation>
    </message>
    <message>
        <source>Where reading starts on each shard.</source>
        <translation>Dónde empieza la lectura en cada fragmento.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Freeze the list (Ctrl+P). Events keep arriving and are added on resume.</source>
        <translation>Congelar la lista (Ctrl+P). Los eventos siguen llegando y se agregan al reanudar.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON Lines.</source>
        <translation>Guardar los eventos que muestra el filtro como JSON Lines.</translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventos</translation>
    </message>
    <message>
        <source>How many events the list keeps; the oldest go first.</source>
        <translation>Cuántos eventos conserva la lista; los más antiguos se descartan primero.</translation>
    </message>
    <message>
        <source>Buffer:</source>
        <translation>Búfer:</translation>
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
        <translation>Filtrar por clave, p. ej. pk=order#1</translation>
    </message>
    <message>
        <source>Search keys and images</source>
        <translation>Buscar en claves e imágenes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export stream events</source>
        <translation>Exportar eventos del flujo</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>flujo</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>Se exportaron %1 eventos a %2.</translation>
    </message>
    <message>
        <source>Connect first.</source>
        <translation>Conéctese primero.</translation>
    </message>
    <message>
        <source>Select a table in the navigation tree.</source>
        <translation>Seleccione una tabla en el árbol de navegación.</translation>
    </message>
    <message>
        <source>Watch the stream of %1.</source>
        <translation>Observar el flujo de %1.</translation>
    </message>
    <message>
        <source>Stream of %1 (watching; press Start to watch %2 instead)</source>
        <translation>Flujo de %1 (en observación; pulse Iniciar para observar %2 en su lugar)</translation>
    </message>
    <message>
        <source>Stream of %1 (watching)</source>
        <translation>Flujo de %1 (en observación)</translation>
    </message>
    <message>
        <source>Stream of %1</source>
        <translation>Flujo de %1</translation>
    </message>
    <message>
        <source>Streams: select a table</source>
        <translation>Flujos: seleccione una tabla</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Observando %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>max lag %1</source>
        <translation>retraso máx. %1</translation>
    </message>
    <message>
        <source>%1 waiting (paused)</source>
        <translation>%1 en espera (en pausa)</translation>
    </message>
    <message>
        <source>%1 oldest events were dropped: the buffer holds %2. Raise the buffer size or export the events.</source>
        <translation>Se descartaron los %1 eventos más antiguos: el búfer admite %2. Aumente el tamaño del búfer o exporte los eventos.</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Tamaño del búfer</translation>
    </message>
    <message>
        <source>Key filter</source>
        <translation>Filtro de clave</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Stream events</source>
        <translation>Eventos del flujo</translation>
    </message>
    <message>
        <source>No event matches the filters above.</source>
        <translation>Ningún evento coincide con los filtros de arriba.</translation>
    </message>
    <message>
        <source>Waiting for changes…</source>
        <translation>Esperando cambios…</translation>
    </message>
    <message>
        <source>Choose a table in the tree on the left, then press Start to watch its stream.</source>
        <translation>Elija una tabla en el árbol de la izquierda y pulse Iniciar para observar su flujo.</translation>
    </message>
    <message>
        <source>Press Start to watch the changes to %1. The table needs a stream: turn it on with Table &gt; Update Table….</source>
        <translation>Pulse Iniciar para observar los cambios en %1. La tabla necesita un flujo: actívelo con Tabla &gt; Modificar tabla….</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
</context>
<context>
    <name>dyna::views::StreamRecordDetail</name>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
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
        <translation>Seleccione un evento para ver sus imágenes.</translation>
    </message>
    <message>
        <source>sequence number %1</source>
        <translation>número de secuencia %1</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source>created about %1</source>
        <translation>creado hacia %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>No value in this image.</source>
        <translation>No hay ningún valor en esta imagen.</translation>
    </message>
    <message>
        <source>This stream records keys only: no images.</source>
        <translation>Este flujo solo registra claves: no hay imágenes.</translation>
    </message>
    <message>
        <source>1 attribute changed</source>
        <translation>1 atributo cambiado</translation>
    </message>
    <message>
        <source>%1 attributes changed</source>
        <translation>%1 atributos cambiados</translation>
    </message>
    <message numerus="yes">
        <source>Item inserted with %n attribute(s).</source>
        <translation>
            <numerusform>Elemento insertado con %n atributo.</numerusform>
            <numerusform>Elemento insertado con %n atributos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item removed; the stream records no old image.</source>
        <translation>Elemento eliminado; el flujo no registra la imagen anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Item removed with %n attribute(s).</source>
        <translation>
            <numerusform>Elemento eliminado con %n atributo.</numerusform>
            <numerusform>Elemento eliminado con %n atributos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream records only one image: the changes cannot be shown.</source>
        <translation>El flujo solo registra una imagen: no se pueden mostrar los cambios.</translation>
    </message>
    <message>
        <source>Attributes of the record</source>
        <translation>Atributos del registro</translation>
    </message>
</context>
<context>
    <name>dyna::views::TableOverviewPanel</name>
    <message>
        <source>partition key</source>
        <translation>clave de partición</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>clave de ordenación</translation>
    </message>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clave principal</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Provisioned: %1 RCU, %2 WCU</source>
        <translation>Aprovisionada: %1 RCU, %2 WCU</translation>
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
        <translation>Índices</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <source>On-demand, at most %1 read and %2 write request units/s</source>
        <translation>Bajo demanda, como máximo %1 unidades de solicitud de lectura/s y %2 de escritura/s</translation>
    </message>
    <message>
        <source>%1 [%2] %3; projects %4</source>
        <translation>%1 [%2] %3; proyecta %4</translation>
    </message>
    <message>
        <source>, backfilling</source>
        <translation>, en reposición</translation>
    </message>
    <message>
        <source>; %1; %2</source>
        <translation>; %1; %2</translation>
    </message>
    <message>
        <source>; %1 items (approximate)</source>
        <translation>; %1 elementos (aproximado)</translation>
    </message>
    <message>
        <source>AWS owned key (default)</source>
        <translation>Clave propiedad de AWS (predeterminada)</translation>
    </message>
    <message>
        <source>AWS KMS key</source>
        <translation>Clave de AWS KMS</translation>
    </message>
    <message>
        <source>AWS owned key</source>
        <translation>Clave propiedad de AWS</translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation>Definiciones de atributos</translation>
    </message>
    <message>
        <source>approximate; DynamoDB refreshes it about every six hours</source>
        <translation>aproximado; DynamoDB lo actualiza aproximadamente cada seis horas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Tiempo de vida</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Table class</source>
        <translation>Clase de tabla</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Protección contra eliminación</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <source>On, attribute %1</source>
        <translation>Activado, atributo %1</translation>
    </message>
    <message>
        <source>%1 (attribute %2)</source>
        <translation>%1 (atributo %2)</translation>
    </message>
    <message>
        <source>Time to &amp;live…</source>
        <translation>Tiempo de &amp;vida…</translation>
    </message>
    <message>
        <source>Turn time to live on or off for this table</source>
        <translation>Activar o desactivar el tiempo de vida para esta tabla</translation>
    </message>
    <message>
        <source>RCU: read capacity units per second; WCU: write capacity units per second.</source>
        <translation>RCU: unidades de capacidad de lectura por segundo; WCU: unidades de capacidad de escritura por segundo.</translation>
    </message>
    <message>
        <source>GSI: global secondary index, any partition key; LSI: local secondary index, same partition key as the table.</source>
        <translation>GSI: índice secundario global, con cualquier clave de partición; LSI: índice secundario local, con la misma clave de partición que la tabla.</translation>
    </message>
</context>
<context>
    <name>dyna::views::TagsPanel</name>
    <message>
        <source>Select a table</source>
        <translation>Seleccione una tabla</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Guardar etiquetas</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>DynamoDB tags tables (TagResource takes a table ARN; its indexes share the table&apos;s tags). Backups cannot be tagged here: DynamoDB&apos;s tagging operations do not accept backup ARNs. At most 50 tags per table; keys up to 128 and values up to 256 characters of letters, numbers, spaces and + - = . _ : /. Keys starting with &quot;aws:&quot; are reserved for AWS.</source>
        <translation>DynamoDB etiqueta tablas (TagResource acepta un ARN de tabla; sus índices comparten las etiquetas de la tabla). Las copias de seguridad no se pueden etiquetar aquí: las operaciones de etiquetado de DynamoDB no aceptan ARN de copias de seguridad. Como máximo 50 etiquetas por tabla; claves de hasta 128 y valores de hasta 256 caracteres entre letras, números, espacios y + - = . _ : /. Las claves que empiezan por &quot;aws:&quot; están reservadas para AWS.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>Etiquetas de %1</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Leyendo la tabla…</translation>
    </message>
    <message>
        <source>Reading tags…</source>
        <translation>Leyendo etiquetas…</translation>
    </message>
    <message numerus="yes">
        <source>Reading tags… %n so far</source>
        <translation>
            <numerusform>Leyendo etiquetas… %n hasta ahora</numerusform>
            <numerusform>Leyendo etiquetas… %n hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS-assigned, read-only</source>
        <translation>Asignada por AWS, solo lectura</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source> · unsaved: %1 added, %2 changed, %3 removed</source>
        <translation> · sin guardar: %1 agregadas, %2 cambiadas, %3 quitadas</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <source>Saving tags…</source>
        <translation>Guardando etiquetas…</translation>
    </message>
    <message>
        <source>No tags. Add one with Add tag, then press Save tags.</source>
        <translation>No hay etiquetas. Agregue una con Agregar etiqueta y pulse Guardar etiquetas.</translation>
    </message>
</context>
<context>
    <name>dyna::views::TimeToLiveDialog</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Time to live — %1</source>
        <translation>Tiempo de vida — %1</translation>
    </message>
    <message>
        <source>Time to live attribute</source>
        <translation>Atributo de tiempo de vida</translation>
    </message>
    <message>
        <source>for example expiresAt</source>
        <translation>por ejemplo expiresAt</translation>
    </message>
    <message>
        <source>A top-level Number attribute holding the expiry time in epoch seconds. Items without it never expire.</source>
        <translation>Un atributo Number de nivel superior que contiene la hora de expiración en segundos desde epoch. Los elementos sin él no expiran nunca.</translation>
    </message>
    <message>
        <source>DynamoDB deletes an item within a few days after the time in its TTL attribute, without consuming write capacity. A table takes one TTL change about every hour.</source>
        <translation>DynamoDB elimina un elemento en unos pocos días después de la hora indicada en su atributo TTL, sin consumir capacidad de escritura. Una tabla admite un cambio de TTL aproximadamente cada hora.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>&amp;Atributo:</translation>
    </message>
    <message>
        <source>Turn off time to live</source>
        <translation>Desactivar el tiempo de vida</translation>
    </message>
    <message>
        <source>Turn off time to live on table %1? Items stop expiring; turning it on again takes up to an hour.</source>
        <translation>¿Desactivar el tiempo de vida en la tabla %1? Los elementos dejan de expirar; volver a activarlo tarda hasta una hora.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>On, attribute %1</source>
        <translation>Activado, atributo %1</translation>
    </message>
    <message>
        <source>Turning on (attribute %1)</source>
        <translation>Activando (atributo %1)</translation>
    </message>
    <message>
        <source>Turning off (attribute %1)</source>
        <translation>Desactivando (atributo %1)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>dyna::views::TransactionPanel</name>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation>no es JSON válido (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>write a JSON object.</source>
        <translation>escriba un objeto JSON.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Retry with same token</source>
        <translation>Reintentar con el mismo token</translation>
    </message>
    <message>
        <source>Write (TransactWriteItems)</source>
        <translation>Escritura (TransactWriteItems)</translation>
    </message>
    <message>
        <source>Get (TransactGetItems)</source>
        <translation>Lectura (TransactGetItems)</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>JSON simple</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB JSON</translation>
    </message>
    <message>
        <source>How keys and items are written; values are always DynamoDB JSON.</source>
        <translation>Cómo se escriben las claves y los elementos; los valores siempre son DynamoDB JSON.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Key or item</source>
        <translation>Clave o elemento</translation>
    </message>
    <message>
        <source>Update expression</source>
        <translation>Expresión de actualización</translation>
    </message>
    <message>
        <source>Condition expression</source>
        <translation>Expresión de condición</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Automatic: a fresh UUID for each run</source>
        <translation>Automático: un UUID nuevo en cada ejecución</translation>
    </message>
    <message>
        <source>Run the transaction (Ctrl+Return)</source>
        <translation>Ejecutar la transacción (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send the same transaction with the token used last: DynamoDB applies it at most once within 10 minutes.</source>
        <translation>Enviar la misma transacción con el último token usado: DynamoDB la aplica como máximo una vez en 10 minutos.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Keys and items as:</source>
        <translation>Claves y elementos como:</translation>
    </message>
    <message>
        <source>Client request token:</source>
        <translation>Token de solicitud del cliente:</translation>
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
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>Token used: %1</source>
        <translation>Token usado: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>The transaction was cancelled; nothing was written.</source>
        <translation>La transacción se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <source>The transaction did not run.</source>
        <translation>La transacción no se ejecutó.</translation>
    </message>
    <message>
        <source>None: not applied</source>
        <translation>Ninguno: no aplicada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No such item</source>
        <translation>No existe el elemento</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1 read capacity units).</source>
        <translation>
            <numerusform>Se leyó %n fila (%1 unidades de capacidad de lectura).</numerusform>
            <numerusform>Se leyeron %n filas (%1 unidades de capacidad de lectura).</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>The transaction was committed (%1 write capacity units).</source>
        <translation>La transacción se confirmó (%1 unidades de capacidad de escritura).</translation>
    </message>
    <message>
        <source>Transaction actions</source>
        <translation>Acciones de la transacción</translation>
    </message>
    <message>
        <source>No actions yet. Add one with Add row, fill in its table and key, then press Run (Ctrl+Return).</source>
        <translation>Aún no hay acciones. Agregue una con Agregar fila, indique su tabla y su clave y pulse Ejecutar (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Client request token</source>
        <translation>Token de solicitud del cliente</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
</context>
<context>
    <name>dyna::views::TriggerDialog</name>
    <message>
        <source>New items (%1)</source>
        <translation>Elementos nuevos (%1)</translation>
    </message>
    <message>
        <source>Changed items (%1)</source>
        <translation>Elementos cambiados (%1)</translation>
    </message>
    <message>
        <source>Removed items (%1)</source>
        <translation>Elementos eliminados (%1)</translation>
    </message>
    <message>
        <source>New shards (%1)</source>
        <translation>Fragmentos nuevos (%1)</translation>
    </message>
    <message>
        <source>Scanned changes, for tables without a stream (%1)</source>
        <translation>Cambios examinados, para tablas sin flujo (%1)</translation>
    </message>
    <message>
        <source>From latest: only changes made after the trigger is added</source>
        <translation>Desde lo más reciente: solo los cambios hechos después de agregar el disparador</translation>
    </message>
    <message>
        <source>Add Trigger</source>
        <translation>Agregar disparador</translation>
    </message>
    <message>
        <source>30s, 1m, 5m, 1h</source>
        <translation>30s, 1m, 5m, 1h</translation>
    </message>
    <message>
        <source>partition key, sort key</source>
        <translation>clave de partición, clave de ordenación</translation>
    </message>
    <message>
        <source>The table&apos;s key attributes, separated by a comma: the scan tells items apart by them.</source>
        <translation>Los atributos de clave de la tabla, separados por una coma: el examen distingue los elementos por ellos.</translation>
    </message>
    <message>
        <source>Unchecked, the trigger also sees the changes still in the stream (up to 24 hours old).</source>
        <translation>Si no está marcada, el disparador también ve los cambios que siguen en el flujo (de hasta 24 horas de antigüedad).</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Disparador:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;abla:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Programación:</translation>
    </message>
    <message>
        <source>&amp;Key attributes:</source>
        <translation>Atributos de &amp;clave:</translation>
    </message>
    <message>
        <source>Fires every %1 when there is something to hand on.</source>
        <translation>Se activa cada %1 cuando hay algo que entregar.</translation>
    </message>
    <message>
        <source>The table&apos;s size is unknown, so the figures assume an empty table. </source>
        <translation>Se desconoce el tamaño de la tabla, por lo que las cifras suponen una tabla vacía. </translation>
    </message>
</context>
<context>
    <name>dyna::views::TriggersPanel</name>
    <message>
        <source>Stream triggers see the changes of the stream being watched in the Streams tab.</source>
        <translation>Los disparadores de flujo ven los cambios del flujo que se observa en la pestaña Flujos.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Firings</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Última activación</translation>
    </message>
    <message>
        <source>Add a trigger on the table selected in the navigation tree.</source>
        <translation>Agregar un disparador en la tabla seleccionada en el árbol de navegación.</translation>
    </message>
    <message>
        <source>Hand on what the selected trigger has queued now, or scan its table now for an itemPolled trigger.</source>
        <translation>Entregar ahora lo que el disparador seleccionado tiene en cola, o examinar ahora su tabla en el caso de un disparador itemPolled.</translation>
    </message>
    <message>
        <source>One line per event handed on by a trigger.</source>
        <translation>Una línea por cada evento entregado por un disparador.</translation>
    </message>
    <message>
        <source>Select a log line to see its event.</source>
        <translation>Seleccione una línea del registro para ver su evento.</translation>
    </message>
    <message>
        <source>%1 The trigger was not added: %2</source>
        <translation>%1 No se agregó el disparador: %2</translation>
    </message>
    <message>
        <source>%1 The trigger was not added: the name %2 is already in use.</source>
        <translation>%1 No se agregó el disparador: el nombre %2 ya está en uso.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 %2: nothing is queued, so nothing was handed on.</source>
        <translation>%1 %2: no hay nada en cola, por lo que no se entregó nada.</translation>
    </message>
    <message>
        <source>%1 %2: not connected, so the table cannot be scanned; connect and press Run Now.</source>
        <translation>%1 %2: sin conexión, por lo que no se puede examinar la tabla; conéctese y pulse Ejecutar ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: the first scan read %n item(s) using %3 read capacity units; changes are reported from the next poll.</source>
        <translation>
            <numerusform>%1 %2: el primer examen leyó %n elemento con %3 unidades de capacidad de lectura; los cambios se notifican a partir del siguiente sondeo.</numerusform>
            <numerusform>%1 %2: el primer examen leyó %n elementos con %3 unidades de capacidad de lectura; los cambios se notifican a partir del siguiente sondeo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the scan failed and is tried again at the next poll. %3</source>
        <translation>%1 %2: el examen falló y se vuelve a intentar en el siguiente sondeo. %3</translation>
    </message>
    <message>
        <source>%1 %2: the connection changed, so polling stopped; press Run Now to scan on the new connection.</source>
        <translation>%1 %2: la conexión cambió, por lo que el sondeo se detuvo; pulse Ejecutar ahora para examinar con la nueva conexión.</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (detenido)</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>examinando…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <source>Trigger log</source>
        <translation>Registro de disparadores</translation>
    </message>
    <message>
        <source>Event of the selected log line</source>
        <translation>Evento de la línea de registro seleccionada</translation>
    </message>
    <message>
        <source>No triggers yet. Add one with Add…; it runs on the changes the Streams tab is watching.</source>
        <translation>Aún no hay disparadores. Agregue uno con Agregar…; se ejecuta con los cambios que observa la pestaña Flujos.</translation>
    </message>
</context>
<context>
    <name>dyna::views::UpdateTableDialog</name>
    <message>
        <source>Enable a stream</source>
        <translation>Habilitar un flujo</translation>
    </message>
    <message>
        <source>Protect from deletion</source>
        <translation>Proteger contra eliminación</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Update table %1</source>
        <translation>Modificar la tabla %1</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionada</translation>
    </message>
    <message>
        <source>Capacity (on-demand: maximum request units, 0 = none)</source>
        <translation>Capacidad (bajo demanda: unidades de solicitud máximas, 0 = ninguna)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Table read / write</source>
        <translation>Lectura / escritura de la tabla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Índice %1</translation>
    </message>
    <message>
        <source>New global secondary indexes</source>
        <translation>Índices secundarios globales nuevos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Table class</source>
        <translation>Clase de tabla</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Connect to an account or DynamoDB Local first.</source>
        <translation>Conéctese primero a una cuenta o a DynamoDB Local.</translation>
    </message>
    <message>
        <source>The connection was closed before the update finished.</source>
        <translation>La conexión se cerró antes de que terminara la actualización.</translation>
    </message>
    <message>
        <source>Table %1 is updated and ACTIVE.</source>
        <translation>La tabla %1 está actualizada y ACTIVE.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Keep every change to the items for 24 hours, for the Streams tab and triggers.</source>
        <translation>Conservar cada cambio en los elementos durante 24 horas, para la pestaña Flujos y los disparadores.</translation>
    </message>
    <message>
        <source>While on, deleting the table fails until it is turned off.</source>
        <translation>Mientras esté activada, la eliminación de la tabla falla hasta que se desactive.</translation>
    </message>
</context>
<context>
    <name>dyna::views::VaultExportDialog</name>
    <message>
        <source>Export vault keys of &quot;%1&quot;</source>
        <translation>Exportar las claves del almacén de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Include the secret access key and session token</source>
        <translation>Incluir la clave de acceso secreta y el token de sesión</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>File to save the lines to</source>
        <translation>Archivo en el que guardar las líneas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Save to file</source>
        <translation>Guardar en archivo</translation>
    </message>
    <message>
        <source>Save vault keys</source>
        <translation>Guardar claves del almacén</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not restrict the permissions of %1: %2</source>
        <translation>No se pudieron restringir los permisos de %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>dyna::views::VaultImportDialog</name>
    <message>
        <source>Import vault keys</source>
        <translation>Importar claves del almacén</translation>
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
        <translation>Importar</translation>
    </message>
    <message>
        <source>Paste the KEY=value lines of a vault key set:</source>
        <translation>Pegue las líneas CLAVE=valor de un conjunto de claves del almacén:</translation>
    </message>
</context>
<context>
    <name>dyna::views::WriteConfirmation</name>
    <message>
        <source>Send All Waiting (%1)</source>
        <translation>Enviar todas en espera (%1)</translation>
    </message>
    <message>
        <source>the tables its statements name</source>
        <translation>las tablas que nombran sus instrucciones</translation>
    </message>
    <message>
        <source>Confirm Write on Production</source>
        <translation>Confirmar escritura en producción</translation>
    </message>
    <message>
        <source>%1 is a production connection. Send %2 to %3?</source>
        <translation>%1 es una conexión de producción. ¿Enviar %2 a %3?</translation>
    </message>
    <message>
        <source>Nothing is sent until you answer. The request is in the details.</source>
        <translation>No se envía nada hasta que responda. La solicitud está en los detalles.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Don&apos;t Send</source>
        <translation>No enviar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Demo dataset loaded.</source>
        <translation>Se cargó el conjunto de datos de demostración.</translation>
    </message>
</context>
</TS>
