<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Catalog</name>
    <message>
        <source>unknown system &apos;%1&apos; (not in the catalog)</source>
        <translation>sistema desconocido &apos;%1&apos; (no está en el catálogo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a GPU system</source>
        <translation>&apos;%1&apos; es un %2, no un sistema de GPU</translation>
    </message>
    <message>
        <source>system &apos;%1&apos; lacks the rating &apos;%2&apos;</source>
        <translation>al sistema &apos;%1&apos; le falta el dato &apos;%2&apos;</translation>
    </message>
    <message>
        <source>system &apos;%1&apos; has non-positive GPUs per rack or rack power</source>
        <translation>el sistema &apos;%1&apos; tiene GPU por rack o potencia de rack no positivas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1: «%2» no es un número entero</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 no admite valor</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 se ha indicado más de una vez</translation>
    </message>
    <message>
        <source>AI Factory Planner, command line

Usage: aifp-cli [--lang es|en] COMMAND [ARGS] [--format text|json]
       aifp-cli COMMAND --help

Commands:
</source>
        <translation>AI Factory Planner, línea de órdenes

Uso: aifp-cli [--lang es|en] ORDEN [ARGUMENTOS] [--format text|json]
     aifp-cli ORDEN --help

Órdenes:
</translation>
    </message>
    <message>
        <source>
Language: --lang es|en, else LANGUAGE, LC_ALL, LC_MESSAGES or LANG (human text
only: JSON, CSV and numbers in files never change).

Exit codes: 0 success, 1 the design has findings of severity error,
            2 usage, input or output error (message on stderr).
</source>
        <translation>
Idioma: --lang es|en o, si no, LANGUAGE, LC_ALL, LC_MESSAGES o LANG (solo el texto para
personas: JSON, CSV y los números de los archivos no cambian nunca).

Códigos de salida: 0 éxito, 1 el diseño tiene hallazgos de gravedad error,
                   2 error de uso, de entrada o de salida (mensaje en stderr).
</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>Uso: </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (repetible)</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>esta ayuda</translation>
    </message>
    <message>
        <source>--lang needs a value (es|en)</source>
        <translation>--lang necesita un valor (es|en)</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language we have (es|en)</source>
        <translation>--lang: «%1» no es un idioma disponible (es|en)</translation>
    </message>
    <message>
        <source>unknown command %1 (see aifp-cli --help)</source>
        <translation>orden desconocida %1 (vea aifp-cli --help)</translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: %1</source>
        <translation>número de argumentos incorrecto; uso: %1</translation>
    </message>
    <message>
        <source>: out of memory (the input is too large for this machine)</source>
        <translation>: memoria agotada (la entrada es demasiado grande para esta máquina)</translation>
    </message>
    <message>
        <source>List the climate library&apos;s locations or show one with its sources</source>
        <translation>Lista las ubicaciones de la biblioteca climática o muestra una con sus fuentes</translation>
    </message>
    <message>
        <source>The climate library (resources/climate.json) holds locations where AI factories are
built or planned, each with monthly mean dry-bulb and wet-bulb, the daily range and
the 0.4 % cooling design dry-bulb with its mean coincident wet-bulb, every figure with
its source and confidence. &apos;aifp-cli new --site-location ID&apos; designs for a location;
the estimate then integrates the cooling plant over its hours-at-temperature.
--file reads another library file in the same format (aifp-climate version 1).</source>
        <translation>La biblioteca climática (resources/climate.json) contiene ubicaciones donde se construyen
o se planifican fábricas de IA, cada una con las temperaturas medias mensuales de bulbo
seco y húmedo, la oscilación diaria y el bulbo seco de diseño de refrigeración del 0,4 %
con su bulbo húmedo coincidente medio; cada cifra con su fuente y confianza.
&apos;aifp-cli new --site-location ID&apos; diseña para una ubicación; la estimación integra
entonces la planta de refrigeración sobre sus horas a cada temperatura.
--file lee otro archivo de biblioteca con el mismo formato (aifp-climate versión 1).</translation>
    </message>
    <message>
        <source>climate library to read instead of the shipped one</source>
        <translation>biblioteca climática que leer en lugar de la incluida</translation>
    </message>
    <message>
        <source>Estimate a design&apos;s power, PUE, tokens/s and cost per million tokens</source>
        <translation>Estima la potencia, el PUE, los tokens/s y el coste por millón de tokens de un diseño</translation>
    </message>
    <message>
        <source>Reads FILE (an .aifp project) and prints its power basis (IT design/typical, facility
design/typical in MW and MVA, PUE design/annual), output tokens/s of its racks for
the design&apos;s serving model (or --model/--scenario/--precision), energy per token,
capex by category with its exclusions, opex and cost per million tokens with its
basis. Every price and planning figure is listed as an assumption; override them in
the project (keys in docs/estimation.md).</source>
        <translation>Lee FILE (un proyecto .aifp) e imprime su base de potencia (TI de diseño/típica,
instalación de diseño/típica en MW y MVA, PUE de diseño/anual), los tokens/s de salida
de sus racks con el modelo servido del diseño (o --model/--scenario/--precision), la
energía por token, el capex por categoría con sus exclusiones, el opex y el coste por
millón de tokens con su base. Cada precio y cifra de planificación se lista como
supuesto; cámbielos en el proyecto (claves en docs/estimation.md).</translation>
    </message>
    <message>
        <source>serving model (default: the design&apos;s)</source>
        <translation>modelo servido (por defecto: el del diseño)</translation>
    </message>
    <message>
        <source>offline, server or interactive (default: the design&apos;s)</source>
        <translation>offline, server o interactive (por defecto: el del diseño)</translation>
    </message>
    <message>
        <source>fp4, fp8 or bf16 (default: the design&apos;s)</source>
        <translation>fp4, fp8 o bf16 (por defecto: la del diseño)</translation>
    </message>
    <message>
        <source>Estimate LLM serving throughput and latency on a GPU system</source>
        <translation>Estima el rendimiento y la latencia de servir un LLM en un sistema de GPU</translation>
    </message>
    <message>
        <source>Analytical estimate calibrated against MLPerf Inference (docs/estimation.md): output
tokens/s of N GPUs of catalog system ID (part of one system or several), p99 time to
first token and per output token, under the MLPerf scenario&apos;s latency limits or at a
speed each user gets (--tokens-per-user, --tpot-ms). --pareto adds the curve of
tokens/s per GPU against tokens/s per user over batch sizes. Models: the shipped
library (resources/models.json and resources/models/*.json), another models file
(--models) or a Hugging Face config.json (--model-config). Exit code 2 with one line
on stderr on bad input, including a model that does not fit in the GPUs&apos; memory.</source>
        <translation>Estimación analítica calibrada con MLPerf Inference (docs/estimation.md): tokens/s de
salida de N GPU del sistema de catálogo ID (parte de un sistema o varios), tiempo hasta
el primer token y por token de salida p99, con los límites de latencia del escenario
MLPerf o a la velocidad que recibe cada usuario (--tokens-per-user, --tpot-ms).
--pareto añade la curva de tokens/s por GPU frente a tokens/s por usuario según el
tamaño de lote. Modelos: la biblioteca incluida (resources/models.json y
resources/models/*.json), otro archivo de modelos (--models) o un config.json de
Hugging Face (--model-config). Código de salida 2 con una línea en stderr ante una
entrada errónea, incluido un modelo que no cabe en la memoria de las GPU.</translation>
    </message>
    <message>
        <source>catalog system id, e.g. gb200-nvl72, dgx-h100</source>
        <translation>id de sistema del catálogo, p. ej. gb200-nvl72, dgx-h100</translation>
    </message>
    <message>
        <source>number of GPUs</source>
        <translation>número de GPU</translation>
    </message>
    <message>
        <source>model id, e.g. llama2-70b, kimi-k2</source>
        <translation>id de modelo, p. ej. llama2-70b, kimi-k2</translation>
    </message>
    <message>
        <source>a Hugging Face config.json to estimate instead of --model</source>
        <translation>un config.json de Hugging Face que estimar en lugar de --model</translation>
    </message>
    <message>
        <source>an aifp-models file to read model ids from (default: shipped)</source>
        <translation>un archivo aifp-models del que leer los ids de modelo (por defecto: el incluido)</translation>
    </message>
    <message>
        <source>offline, server or interactive (MLPerf latency limits)</source>
        <translation>offline, server o interactive (límites de latencia de MLPerf)</translation>
    </message>
    <message>
        <source>output tokens/s each user gets (instead of --scenario)</source>
        <translation>tokens/s de salida que recibe cada usuario (en lugar de --scenario)</translation>
    </message>
    <message>
        <source>mean time per output token each user gets, ms</source>
        <translation>tiempo medio por token de salida que recibe cada usuario, ms</translation>
    </message>
    <message>
        <source>add tokens/s per GPU against tokens/s per user over batch sizes</source>
        <translation>añade tokens/s por GPU frente a tokens/s por usuario según el tamaño de lote</translation>
    </message>
    <message>
        <source>mean prompt tokens per request (default: the model&apos;s workload)</source>
        <translation>tokens de entrada medios por petición (por defecto: la carga del modelo)</translation>
    </message>
    <message>
        <source>mean output tokens per request (default: the model&apos;s workload)</source>
        <translation>tokens de salida medios por petición (por defecto: la carga del modelo)</translation>
    </message>
    <message>
        <source>KV-cache precision fp4, fp8 or bf16 (default fp8; bf16 at bf16)</source>
        <translation>precisión de la caché KV fp4, fp8 o bf16 (por defecto fp8; bf16 con bf16)</translation>
    </message>
    <message>
        <source>acceptance rate of each draft token (default 0.7, assumption)</source>
        <translation>tasa de aceptación de cada token borrador (por defecto 0.7, supuesto)</translation>
    </message>
    <message>
        <source>prefill on separate GPUs (disaggregated prefill/decode)</source>
        <translation>prefill en GPU aparte (prefill/decode desagregados)</translation>
    </message>
    <message>
        <source>Simulate failing objects and report racks, GPUs and bandwidth lost</source>
        <translation>Simula el fallo de objetos e informa de los racks, GPU y ancho de banda perdidos</translation>
    </message>
    <message>
        <source>Fails the given objects at once (power nodes or links, CDUs, manifolds, pipes,
chillers, switches, network links, racks, halls) and reports the racks that lose
power, cooling or redundancy, racks cut off from the compute fabric, GPUs lost and
fabric bisection bandwidth lost. Exit code 2 when FILE cannot be read or an id is
not in the design.</source>
        <translation>Hace fallar a la vez los objetos indicados (nodos o enlaces de potencia, CDU, colectores,
tuberías, enfriadoras, switches, enlaces de red, racks, salas) e informa de los racks que
pierden potencia, refrigeración o redundancia, los racks aislados del fabric de cómputo,
las GPU perdidas y el ancho de banda de bisección perdido. Código de salida 2 si no se
puede leer FILE o un id no está en el diseño.</translation>
    </message>
    <message>
        <source>id of an object to fail</source>
        <translation>id de un objeto que hacer fallar</translation>
    </message>
    <message>
        <source>Create a project file from a design in JSON (format aifp-design)</source>
        <translation>Crea un archivo de proyecto a partir de un diseño en JSON (formato aifp-design)</translation>
    </message>
    <message>
        <source>Reads DESIGN.json, validates every field (types, ranges, enum names, unique ids,
references, catalog ids) and writes OUT.aifp atomically (an existing OUT.aifp is
replaced only when the new file is complete). An invalid document is reported as
one line naming the field, e.g. &apos;racks[3].center.x_m: not a finite number&apos;, exit 2.</source>
        <translation>Lee DESIGN.json, valida cada campo (tipos, rangos, nombres de enumeraciones, ids únicos,
referencias, ids de catálogo) y escribe OUT.aifp de forma atómica (un OUT.aifp existente
solo se sustituye cuando el nuevo está completo). Un documento no válido se notifica en
una línea que nombra el campo, p. ej. &apos;racks[3].center.x_m: not a finite number&apos;, salida 2.</translation>
    </message>
    <message>
        <source>leaf (tier 1)</source>
        <translation>leaf (nivel 1)</translation>
    </message>
    <message>
        <source>spine (tier 2)</source>
        <translation>spine (nivel 2)</translation>
    </message>
    <message>
        <source>core (tier 3)</source>
        <translation>core (nivel 3)</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>AI Factory Planner project, schema %1 (application_id %2)</source>
        <translation>proyecto de AI Factory Planner, esquema %1 (application_id %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>not a known GPU system: %1 (not counted below)</source>
        <translation>sistema de GPU desconocido: %1 (no se cuentan abajo)</translation>
    </message>
    <message>
        <source>%1 in %2 bundles</source>
        <translation>%1 en %2 haces</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>%1 assumptions</source>
        <translation>%1 supuestos</translation>
    </message>
    <message>
        <source>Show the facts of a project file and a summary of its design</source>
        <translation>Muestra los datos de un archivo de proyecto y un resumen de su diseño</translation>
    </message>
    <message>
        <source>Reads FILE (an .aifp project) without modifying it and prints its schema version,
application id and size, then the design&apos;s counts: halls, rows, racks, GPUs
(racks x gpus_per_rack of the catalog), the power basis (IT design and typical,
facility design and typical, PUE; docs/estimation.md), power and cooling nodes by
kind, pipes, switches by tier and network links. Exit code 2 with one line on
stderr when FILE cannot be read.</source>
        <translation>Lee FILE (un proyecto .aifp) sin modificarlo e imprime su versión de esquema, su id de
aplicación y su tamaño, y después los recuentos del diseño: salas, filas, racks, GPU
(racks x gpus_per_rack del catálogo), la base de potencia (TI de diseño y típica,
instalación de diseño y típica, PUE; docs/estimation.md), nodos de potencia y de
refrigeración por tipo, tuberías, switches por nivel y enlaces de red. Código de salida
2 con una línea en stderr si no se puede leer FILE.</translation>
    </message>
    <message>
        <source>Design a complete AI factory from targets and save it as a project</source>
        <translation>Diseña una fábrica de IA completa a partir de objetivos y la guarda como proyecto</translation>
    </message>
    <message>
        <source>Generates halls with rows of racks, hot and cold aisles, network racks and CDUs; the
power chain (utility feeds, MV switchgear, 2,500 kVA transformers, LV boards, UPS,
generators, busways, rack power shelves) with the chosen redundancy; liquid and air
cooling (CDUs N+1 per row, pipes sized by velocity, N+1 dry coolers with trim chillers
only for what the design ambient needs, air handlers or rear doors); and a
rail-optimised fat-tree compute fabric (2 or 3 tiers) with storage and
out-of-band switches. --target-mw is the facility power at the grid (IT + cooling +
losses, at the catalog&apos;s design rack power); the rack count is the largest that fits.
Prints a summary with the assumptions used. Exit code 2 on bad input or a target that
does not fit the hall and site limits.</source>
        <translation>Genera salas con filas de racks, pasillos fríos y calientes, racks de red y CDU; la
cadena de potencia (acometidas, aparamenta de MT, transformadores de 2500 kVA, cuadros de
BT, SAI, grupos electrógenos, blindobarras, bandejas de alimentación de rack) con la
redundancia elegida; refrigeración líquida y por aire (CDU N+1 por fila, tuberías
dimensionadas por velocidad, enfriadores secos N+1 con enfriadoras de apoyo solo para lo
que exige la temperatura exterior de diseño, climatizadores o puertas traseras); y un
fabric de cómputo fat-tree optimizado por raíles (2 o 3 niveles) con switches de
almacenamiento y fuera de banda. --target-mw es la potencia de la instalación en la red
(TI + refrigeración + pérdidas, con la potencia de rack de diseño del catálogo); el número
de racks es el mayor que cabe. Imprime un resumen con los supuestos usados. Código de
salida 2 ante una entrada errónea o un objetivo que no cabe en los límites de sala y
emplazamiento.</translation>
    </message>
    <message>
        <source>facility power at the grid connection</source>
        <translation>potencia de la instalación en la conexión a la red</translation>
    </message>
    <message>
        <source>number of GPUs instead of --target-mw</source>
        <translation>número de GPU en lugar de --target-mw</translation>
    </message>
    <message>
        <source>how rack heat reaches water (default dlc for liquid/hybrid, air for air)</source>
        <translation>cómo llega el calor del rack al agua (por defecto dlc para liquid/hybrid, air para air)</translation>
    </message>
    <message>
        <source>facility water supply temperature (default: the system&apos;s highest, catalog max_supply_water_c)</source>
        <translation>temperatura de impulsión del agua de la instalación (por defecto: la máxima del sistema, max_supply_water_c del catálogo)</translation>
    </message>
    <message>
        <source>climate library location (aifp-cli climate list): sets the design ambient and the year used for pue_annual</source>
        <translation>ubicación de la biblioteca climática (aifp-cli climate list): fija la temperatura exterior de diseño y el año usado para pue_annual</translation>
    </message>
    <message>
        <source>coincident design wet-bulb (default: unknown, no adiabatic credit)</source>
        <translation>bulbo húmedo de diseño coincidente (por defecto: desconocido, sin ventaja adiabática)</translation>
    </message>
    <message>
        <source>cable racks top-of-row instead of rail-optimised</source>
        <translation>cablea los racks a cabecera de fila en lugar de optimizado por raíles</translation>
    </message>
    <message>
        <source>maximum racks per hall</source>
        <translation>racks máximos por sala</translation>
    </message>
    <message>
        <source>maximum number of halls on the site</source>
        <translation>número máximo de salas en el emplazamiento</translation>
    </message>
    <message>
        <source>land area available for halls and yards</source>
        <translation>superficie de terreno disponible para salas y patios</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nombre del emplazamiento</translation>
    </message>
    <message>
        <source>write a proposal report (PDF or HTML) with drawings, charts and bill of materials</source>
        <translation>escribe un informe de propuesta (PDF o HTML) con planos, gráficos y lista de materiales</translation>
    </message>
    <message>
        <source>report file: .pdf or .html (required)</source>
        <translation>archivo del informe: .pdf o .html (obligatorio)</translation>
    </message>
    <message>
        <source>also write the bill of materials as CSV</source>
        <translation>escribe además la lista de materiales como CSV</translation>
    </message>
    <message>
        <source>also write the report&apos;s figures as JSON</source>
        <translation>escribe además las cifras del informe como JSON</translation>
    </message>
    <message>
        <source>serving model for the estimate (default: the design&apos;s)</source>
        <translation>modelo servido para la estimación (por defecto: el del diseño)</translation>
    </message>
    <message>
        <source>programme start date (default: the design&apos;s)</source>
        <translation>fecha de inicio del programa (por defecto: la del diseño)</translation>
    </message>
    <message>
        <source>date printed on the cover (default: today)</source>
        <translation>fecha impresa en la portada (por defecto: hoy)</translation>
    </message>
    <message>
        <source>customer on the cover (default: the project&apos;s)</source>
        <translation>cliente en la portada (por defecto: el del proyecto)</translation>
    </message>
    <message>
        <source>author on the cover and in the PDF (default: the project&apos;s)</source>
        <translation>autor en la portada y en el PDF (por defecto: el del proyecto)</translation>
    </message>
    <message>
        <source>document revision, e.g. B</source>
        <translation>revisión del documento, p. ej. B</translation>
    </message>
    <message>
        <source>document number, printed on every page</source>
        <translation>número de documento, impreso en cada página</translation>
    </message>
    <message>
        <source>e.g. &apos;Confidential&apos;, printed on every page</source>
        <translation>p. ej. &apos;Confidencial&apos;, impreso en cada página</translation>
    </message>
    <message>
        <source>date the prices refer to</source>
        <translation>fecha a la que se refieren los precios</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the prices (default USD)</source>
        <translation>moneda ISO 4217 de los precios (por defecto USD)</translation>
    </message>
    <message>
        <source>what is printed on stdout</source>
        <translation>lo que se imprime en stdout</translation>
    </message>
    <message>
        <source>build timeline: critical path, first token, capacity ramp by week</source>
        <translation>cronograma de construcción: ruta crítica, primer token, rampa de capacidad por semana</translation>
    </message>
    <message>
        <source>Generates the build programme of the design (site works, utility, long-lead power and
cooling equipment per hall, shells, fit-out, installation, commissioning L1-L5, racks,
burn-in) and schedules it with the critical path method on a working-day calendar.
Halls are phased: each hall&apos;s plant is commissioned (L3-L5), then its racks come up
scalable unit by scalable unit (SU: 8 racks with their power path, CDU and leaf
switches); first token is the first SU serving, full capacity the last.
Fast track: --site says what is already done (powered-land: grid connection and
permits; powered-shell: + site works, shells, MV switchgear and transformers;
ready-hall: + all power and cooling plant commissioned); --on-site gives equipment
owned or reserved (on site now, or on a date); --bridge-power energises SUs from
temporary generation or batteries before the grid; --supply-priority shortens the
GPU rack lead time. --compare puts the fast-track paths side by side.
Lead times and durations are sourced defaults or labelled assumptions; change them with
the design&apos;s assumptionOverrides (keys in docs/schedule.md).
json: {tasks, critical_path, first_token, full_capacity, first_token_weeks,
full_capacity_weeks, first_token_driver, units, ramp (with date), ...}; csv: one row per
task with predecessors like 3FS+5, importable by schedulers.</source>
        <translation>Genera el programa de construcción del diseño (obra civil, acometida, equipos de potencia
y refrigeración de largo plazo de entrega por sala, edificios, acondicionamiento,
instalación, puesta en servicio L1-L5, racks, burn-in) y lo planifica con el método de la
ruta crítica sobre un calendario de días laborables. Las salas se escalonan: se pone en
servicio la planta de cada sala (L3-L5) y después sus racks arrancan unidad escalable a
unidad escalable (SU: 8 racks con su ruta de potencia, CDU y switches leaf); el primer
token es la primera SU en servicio y la plena capacidad, la última.
Vía rápida: --site indica lo ya hecho (powered-land: conexión a la red y permisos;
powered-shell: + obra civil, edificios, aparamenta de MT y transformadores; ready-hall: +
toda la planta de potencia y refrigeración en servicio); --on-site indica equipos propios
o reservados (en obra ya o en una fecha); --bridge-power energiza SU con generación
temporal o baterías antes de la red; --supply-priority acorta el plazo de entrega de los
racks de GPU. --compare muestra las vías rápidas una junto a otra.
Los plazos de entrega y duraciones son valores por defecto con fuente o supuestos
rotulados; cámbielos con los assumptionOverrides del diseño (claves en docs/schedule.md).
json: {tasks, critical_path, first_token, full_capacity, first_token_weeks,
full_capacity_weeks, first_token_driver, units, ramp (con fecha), ...}; csv: una fila por
tarea con predecesoras como 3FS+5, importable por programas de planificación.</translation>
    </message>
    <message>
        <source>programme start (default: the design&apos;s schedule start)</source>
        <translation>inicio del programa (por defecto: el inicio del cronograma del diseño)</translation>
    </message>
    <message>
        <source>also write Microsoft Project XML (MSPDI)</source>
        <translation>escribe además XML de Microsoft Project (MSPDI)</translation>
    </message>
    <message>
        <source>equipment owned or reserved: transformer, mv-switchgear, lv-switchgear, switchgear, ups, generator, chiller, dry-cooler, cdu, busway, gpu-racks; on site now or on DATE (added to the design&apos;s owned equipment)</source>
        <translation>equipos propios o reservados: transformer, mv-switchgear, lv-switchgear, switchgear, ups, generator, chiller, dry-cooler, cdu, busway, gpu-racks; en obra ya o el DATE indicado (se añaden a los equipos propios del diseño)</translation>
    </message>
    <message>
        <source>vendor priority allocation of GPU racks (shorter lead time)</source>
        <translation>asignación prioritaria de racks de GPU por el fabricante (plazo de entrega menor)</translation>
    </message>
    <message>
        <source>both delivery models and the fast-track paths side by side (first token, full capacity, driver, added cost)</source>
        <translation>los dos modelos de ejecución y las vías rápidas uno junto a otro (primer token, plena capacidad, determinante, coste añadido)</translation>
    </message>
    <message>
        <source>crews work Monday to Saturday</source>
        <translation>los equipos trabajan de lunes a sábado</translation>
    </message>
    <message>
        <source>a non-working day</source>
        <translation>un día no laborable</translation>
    </message>
    <message>
        <source>Check a design against the engineering rules (power, cooling, network, ...)</source>
        <translation>Comprueba un diseño con las reglas de ingeniería (potencia, refrigeración, red, ...)</translation>
    </message>
    <message>
        <source>Runs every validation rule (density, power, cooling, network, geometry; see
docs/validation.md) on the design in FILE and prints each finding with its rule id,
severity, objects, message, suggested fix and the source of its threshold.
Exit code 1 when there is at least one error finding, 0 otherwise, 2 when FILE
cannot be read.</source>
        <translation>Ejecuta todas las reglas de validación (densidad, potencia, refrigeración, red, geometría;
vea docs/validation.md) sobre el diseño de FILE e imprime cada hallazgo con el id de su
regla, gravedad, objetos, mensaje, solución propuesta y la fuente de su umbral.
Código de salida 1 si hay al menos un hallazgo de error, 0 si no, 2 si no se puede
leer FILE.</translation>
    </message>
    <message>
        <source>air-cooling limit per rack, kW (default: the design&apos;s)</source>
        <translation>límite de refrigeración por aire por rack, kW (por defecto: el del diseño)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Escrito por:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Emplazamiento:</translation>
    </message>
    <message>
        <source>Halls:</source>
        <translation>Salas:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Racks:</source>
        <translation>Racks:</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Potencia:</translation>
    </message>
    <message>
        <source>Power nodes:</source>
        <translation>Nodos de potencia:</translation>
    </message>
    <message>
        <source>Power links:</source>
        <translation>Enlaces de potencia:</translation>
    </message>
    <message>
        <source>Cooling nodes:</source>
        <translation>Nodos de refrigeración:</translation>
    </message>
    <message>
        <source>Pipes:</source>
        <translation>Tuberías:</translation>
    </message>
    <message>
        <source>Switches:</source>
        <translation>Switches:</translation>
    </message>
    <message>
        <source>Network links:</source>
        <translation>Enlaces de red:</translation>
    </message>
    <message>
        <source>User catalog:</source>
        <translation>Catálogo propio:</translation>
    </message>
    <message>
        <source>Overrides:</source>
        <translation>Supuestos cambiados:</translation>
    </message>
    <message>
        <source>Compare designs side by side: power, PUE, tokens/s, cost per token, dates</source>
        <translation>Compara diseños lado a lado: potencia, PUE, tokens/s, coste por token, fechas</translation>
    </message>
    <message>
        <source>--out: required with --format %1 (a folder)</source>
        <translation>--out: obligatorio con --format %1 (una carpeta)</translation>
    </message>
    <message>
        <source>--out: required with --format %1 (a file)</source>
        <translation>--out: obligatorio con --format %1 (un archivo)</translation>
    </message>
    <message>
        <source>%1: is the project being exported; choose another --out</source>
        <translation>%1: es el proyecto que se exporta; elija otro --out</translation>
    </message>
    <message>
        <source>%1: NetBox %2 import files, %3 files: %4 racks, %5 devices, %6 network cables, %7 power feeds; import order in README.txt</source>
        <translation>%1: archivos de importación de NetBox %2, %3 archivos: %4 racks, %5 dispositivos, %6 cables de red, %7 alimentaciones eléctricas; orden de importación en README.txt</translation>
    </message>
    <message>
        <source>Write a project&apos;s design as JSON, NetBox import files, a DXF plan or a glTF scene</source>
        <translation>Escribe el diseño de un proyecto como JSON, archivos de importación de NetBox, un plano DXF o una escena glTF</translation>
    </message>
    <message>
        <source>Reads FILE (an .aifp project) and writes it in one of four formats (docs/exchange.md):
  json    the whole design (format aifp-design) to stdout, or to PATH with --out. The
          JSON is exact: &apos;aifp-cli import&apos; of it gives back the same design, and
          exporting that again gives identical bytes (docs/file-format.md).
  netbox  NetBox 4.6 bulk-import files into the folder PATH (new or empty): site,
          halls as locations, racks, device types, devices, power panels and feeds,
          one cable per physical cable; PATH/README.txt gives the import order.
  dxf     the site and hall plans as DXF (R12) in metres, one layer per entity type.
  glb     the 3D scene as binary glTF 2.0, one node per hall, rack and equipment.
Files are written atomically; PATH may not be FILE itself.</source>
        <translation>Lee FILE (un proyecto .aifp) y lo escribe en uno de cuatro formatos (docs/exchange.md):
  json    el diseño completo (formato aifp-design) en la salida estándar, o en PATH con
          --out. El JSON es exacto: &apos;aifp-cli import&apos; de él devuelve el mismo diseño, y
          exportarlo de nuevo da bytes idénticos (docs/file-format.md).
  netbox  archivos de importación masiva de NetBox 4.6 en la carpeta PATH (nueva o vacía):
          emplazamiento, salas como ubicaciones, racks, tipos de dispositivo, dispositivos,
          cuadros y alimentaciones eléctricas, un cable por cable físico; PATH/README.txt
          da el orden de importación.
  dxf     los planos del emplazamiento y de las salas en DXF (R12) en metros, una capa
          por tipo de entidad.
  glb     la escena 3D como glTF 2.0 binario, un nodo por sala, rack y equipo.
Los archivos se escriben de forma atómica; PATH no puede ser el propio FILE.</translation>
    </message>
    <message>
        <source>write to PATH (a folder for netbox); json: stdout without it</source>
        <translation>escribir en PATH (una carpeta para netbox); json: salida estándar sin él</translation>
    </message>
    <message>
        <source>Risk register derived from the engines: long leads, findings, assumptions</source>
        <translation>Registro de riesgos derivado de los motores: plazos largos, hallazgos, supuestos</translation>
    </message>
    <message>
        <source>Derives the proposal&apos;s risks from the engines, highest first: long-lead items that move
first token within their lead-time range, validation findings of severity error or
warning, the estimate&apos;s error band, assumed inputs that move cost per token by 5 % or
more, bridging power and supply priority. Each has probability, impact (quantified
where possible), owner role and mitigation; rating rules in docs/options.md.</source>
        <translation>Deriva los riesgos de la propuesta de los motores, los mayores primero: equipos de plazo
largo que mueven el primer token dentro de su rango de plazo de entrega, hallazgos de
validación de gravedad error o aviso, la banda de error de la estimación, entradas
supuestas que mueven el coste por token un 5 % o más, la potencia puente y la prioridad
de suministro. Cada uno tiene probabilidad, impacto (cuantificado cuando es posible),
rol responsable y mitigación; reglas de valoración en docs/options.md.</translation>
    </message>
    <message>
        <source>Sweep prices, utilisation, speed, PUE and lead times: cost per token and first token</source>
        <translation>Barre precios, utilización, velocidad, PUE y plazos de entrega: coste por token y primer token</translation>
    </message>
    <message>
        <source>Sweeps one input at a time over a stated range (docs/options.md) and prints cost per
million tokens against GPU system price, electricity price, utilisation, per-user speed,
annual PUE and IT amortisation life, and first token against each equipment lead time
and the construction durations; drivers in tornado order (largest swing first).</source>
        <translation>Barre una entrada cada vez sobre un rango indicado (docs/options.md) e imprime el coste
por millón de tokens frente al precio del sistema de GPU, el precio de la electricidad,
la utilización, la velocidad por usuario, el PUE anual y la vida de amortización de TI,
y el primer token frente a cada plazo de entrega de equipos y las duraciones de obra;
factores en orden de tornado (la mayor variación primero).</translation>
    </message>
    <message>
        <source>--out: the PNG file to write is required</source>
        <translation>--out: se necesita el archivo PNG que escribir</translation>
    </message>
    <message>
        <source>--size: %1 is not between %2 and %3</source>
        <translation>--size: %1 no está entre %2 y %3</translation>
    </message>
    <message>
        <source>%1: is the project itself; choose another --out</source>
        <translation>%1: es el propio proyecto; elija otro --out</translation>
    </message>
    <message>
        <source>Draw a project&apos;s site view as a square PNG (file-manager thumbnails)</source>
        <translation>Dibuja la vista del emplazamiento de un proyecto como PNG cuadrado (miniaturas del gestor de archivos)</translation>
    </message>
    <message>
        <source>Reads FILE (an .aifp project) and draws the report&apos;s site view (halls, racks, power,
cooling and network equipment seen from the south-west) as an N x N pixel PNG, written
atomically to PNG. Needs no display: the desktop&apos;s file managers call it through
/usr/share/thumbnailers/aifp.thumbnailer.</source>
        <translation>Lee FILE (un proyecto .aifp) y dibuja la vista del emplazamiento del informe (salas,
racks, equipos eléctricos, de refrigeración y de red vistos desde el suroeste) como un
PNG de N x N píxeles, escrito de forma atómica en PNG. No necesita pantalla: los
gestores de archivos del escritorio lo llaman mediante
/usr/share/thumbnailers/aifp.thumbnailer.</translation>
    </message>
    <message>
        <source>the PNG file to write (required)</source>
        <translation>el archivo PNG que escribir (obligatorio)</translation>
    </message>
    <message>
        <source>%1: is a file; NetBox export writes a folder</source>
        <translation>%1: es un archivo; la exportación a NetBox escribe una carpeta</translation>
    </message>
    <message>
        <source>%1: folder is not empty; choose a new or empty folder</source>
        <translation>%1: la carpeta no está vacía; elija una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>%1: cannot create the folder (%2)</source>
        <translation>%1: no se puede crear la carpeta (%2)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>solución: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>fuente: %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info(s)</source>
        <translation>%1 error(es), %2 aviso(s), %3 informativo(s)</translation>
    </message>
    <message>
        <source>the variant of FILE to read (default: the base; aifp-cli variant list FILE names them)</source>
        <translation>la variante de FILE que leer (por defecto: la base; aifp-cli variant list FILE las nombra)</translation>
    </message>
    <message>
        <source>with one FILE: the variants to compare (default all)</source>
        <translation>con un solo FILE: las variantes que comparar (por defecto todas)</translation>
    </message>
    <message>
        <source> (base)</source>
        <translation> (base)</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>List, add, rename and delete the variants of a project; choose its base</source>
        <translation>Lista, añade, renombra y borra las variantes de un proyecto; elige su base</translation>
    </message>
    <message>
        <source>add: the variant to start from (default the base)</source>
        <translation>add: la variante de partida (por defecto la base)</translation>
    </message>
    <message>
        <source>add: the GPU system (catalog id), re-generating the plant</source>
        <translation>add: el sistema de GPU (id del catálogo), regenerando la planta</translation>
    </message>
    <message>
        <source>add: facility water supply temperature</source>
        <translation>add: temperatura de impulsión del agua de la instalación</translation>
    </message>
    <message>
        <source>add: the climate location (aifp-cli climate list)</source>
        <translation>add: la ubicación climática (aifp-cli climate list)</translation>
    </message>
    <message>
        <source>add: greenfield, powered-land, powered-shell or ready-hall</source>
        <translation>add: greenfield, powered-land, powered-shell o ready-hall</translation>
    </message>
    <message>
        <source>add: what the variant is for</source>
        <translation>add: para qué sirve la variante</translation>
    </message>
    <message>
        <source>--system: the GPU system to put in the halls is required (a catalog id, as aifp-cli new --system takes)</source>
        <translation>--system: hace falta el sistema de GPU que poner en las salas (un id del catálogo, como el que admite aifp-cli new --system)</translation>
    </message>
    <message>
        <source>--mode: &apos;%1&apos; is not one of keep-plant, every-position</source>
        <translation>--mode: «%1» no es uno de keep-plant, every-position</translation>
    </message>
    <message>
        <source>--out and --as: give one (a new file, or a new variant of FILE)</source>
        <translation>--out y --as: indique solo uno (un archivo nuevo o una variante nueva de FILE)</translation>
    </message>
    <message>
        <source>%1: is the project itself; choose another --out (or --as NAME to add a variant to it)</source>
        <translation>%1: es el propio proyecto; elija otro --out (o --as NOMBRE para añadirle una variante)</translation>
    </message>
    <message>
        <source>Wrote the swapped design to %1</source>
        <translation>Diseño con el cambio de generación escrito en %1</translation>
    </message>
    <message>
        <source>Added variant %1 to %2</source>
        <translation>Variante %1 añadida a %2</translation>
    </message>
    <message>
        <source>Nothing written (--out OUT.aifp writes a new project, --as NAME adds a variant to FILE)</source>
        <translation>No se ha escrito nada (--out OUT.aifp escribe un proyecto nuevo, --as NOMBRE añade una variante a FILE)</translation>
    </message>
    <message>
        <source>Re-populate the same halls with another GPU system: what fits, what breaks</source>
        <translation>Vuelve a poblar las mismas salas con otro sistema de GPU: qué cabe y qué falla</translation>
    </message>
    <message>
        <source>the GPU system to put in the halls</source>
        <translation>el sistema de GPU que poner en las salas</translation>
    </message>
    <message>
        <source>write the swapped design as a new project</source>
        <translation>escribir el diseño cambiado como un proyecto nuevo</translation>
    </message>
    <message>
        <source>add the swapped design to FILE as variant NAME</source>
        <translation>añadir el diseño cambiado a FILE como variante NAME</translation>
    </message>
    <message>
        <source>Puts another GPU system (a catalog id, as aifp-cli new --system takes, e.g. vr-nvl72)
in the GPU rack positions of the same halls: hall shells, rows, power chain, cooling
plant, site and network stay; each rack&apos;s own power shelves and tap-off follow the new
system. Positions where the new footprint does not fit the row are dropped and counted.
every-position: every position that fits gets the new system; the new validation
findings are listed by kind with their counts.
keep-plant (default): as many new racks as the plant carries without new error findings
of power, cooling, floor load or space; the racks sharing the same busways and CDUs
keep the same share of their positions (from their start along the row) and the
limiting reason is named.
Both print what must be added for every position (busway and other power capacity, CDU
capacity in kW, floor rating in kPa, grid connection in MW) and the figures before and
after with their difference. Nothing is written unless --out (a new project file, not
FILE) or --as (a new variant of FILE; the other variants keep their bytes) is given.</source>
        <translation>Pone otro sistema de GPU (un id del catálogo, como el que admite aifp-cli new --system,
p. ej. vr-nvl72) en las posiciones de rack de GPU de las mismas salas: se mantienen las
envolventes de las salas, las filas, la cadena eléctrica, la planta de refrigeración, el
emplazamiento y la red; las bandejas de potencia y la derivación propias de cada rack
siguen al sistema nuevo. Las posiciones en las que la huella nueva no cabe en la fila se
descartan y se cuentan.
every-position: toda posición en la que cabe recibe el sistema nuevo; los hallazgos
nuevos de la validación se listan por tipo con su número.
keep-plant (por defecto): tantos racks nuevos como soporta la planta sin hallazgos nuevos
de error de potencia, refrigeración, carga del suelo o espacio; los racks que comparten
las mismas blindobarras y CDU conservan la misma proporción de sus posiciones (desde su
inicio a lo largo de la fila) y se nombra el motivo que limita.
Ambos modos imprimen lo que hay que añadir para ocupar todas las posiciones (capacidad de
blindobarras y demás equipos eléctricos, capacidad de CDU en kW, resistencia del suelo
en kPa, conexión a red en MW) y las cifras antes y después con su diferencia. No se
escribe nada salvo con --out (un archivo de proyecto nuevo, no FILE) o --as (una variante
nueva de FILE; las demás variantes conservan sus bytes).</translation>
    </message>
    <message>
        <source>Writes the proposal for a project: cover, decision summary (what the customer gets, capital cost range, grid capacity, dates, top five risks), the variants compared, sensitivity (tornado charts) and risk register, executive summary, drawn axonometric view and dimensioned hall plans, single-line diagram, cooling loop schematic, network tiers, validation findings, estimates with error bands, Gantt and ramp charts, bill of materials and the ledger of unverified catalog figures. The format follows the --out extension. Runs without a display: views are drawn, not rendered.</source>
        <translation>Escribe la propuesta de un proyecto: portada, resumen para la decisión (lo que recibe el cliente, rango del coste de capital, capacidad de red, fechas, los cinco riesgos principales), las variantes comparadas, sensibilidad (diagramas de tornado) y registro de riesgos, resumen ejecutivo, vista axonométrica dibujada y plantas de sala acotadas, esquema unifilar, esquema de circuitos de refrigeración, niveles de red, hallazgos de validación, estimaciones con bandas de error, diagramas de Gantt y de rampa, lista de materiales y el registro de cifras del catálogo no verificadas. El formato sigue la extensión de --out. Funciona sin pantalla: las vistas se dibujan, no se renderizan.</translation>
    </message>
    <message>
        <source>variants compared in the report (with the base; default: all); the first is the subject unless --variant names one</source>
        <translation>variantes comparadas en el informe (con la base; por defecto: todas); la primera es el objeto del informe salvo que --variant indique otra</translation>
    </message>
    <message>
        <source>Runs the estimate, schedule and validation of each FILE (an .aifp project) with their
defaults and prints, per design: GPUs, racks, halls, it_design_mw, facility_design_mw,
PUE design and annual, tokens/s (MLPerf scenario and at the per-user speed), tokens/s
per MW, cost per million tokens with its basis, capex, opex per year, first token and
full capacity, findings by severity, and each figure&apos;s difference to the first FILE
(the base). Build or rent: each design&apos;s procurement (build, colocation, cloud), its
total cost of ownership over its horizon and per million tokens; a rented design&apos;s
first token is the colocation or cloud lead time (docs/options.md).
A design an engine refuses shows n/a with the reason. At most 16 designs.
With one FILE, its variants are compared: the base variant first (the reference),
then the variants named by --variants, or all of them (aifp-cli variant list FILE).
With several FILEs, each file&apos;s base variant, named after the file.</source>
        <translation>Ejecuta la estimación, el cronograma y la validación de cada FILE (un proyecto .aifp) con
sus valores por defecto e imprime, por diseño: GPU, racks, salas, it_design_mw,
facility_design_mw, PUE de diseño y anual, tokens/s (escenario MLPerf y a la velocidad por
usuario), tokens/s por MW, coste por millón de tokens con su base, capex, opex anual,
primer token y plena capacidad, hallazgos por gravedad, y la diferencia de cada cifra con
el primer FILE (la base). Construir o alquilar: la modalidad de cada diseño (construir,
colocation, nube), su coste total de propiedad en su horizonte y por millón de tokens; el
primer token de un diseño alquilado es el plazo de colocation o de la nube
(docs/options.md).
Un diseño que un motor rechaza muestra n/d con el motivo. Como máximo 16 diseños.
Con un solo FILE se comparan sus variantes: primero la variante base (la referencia),
después las nombradas en --variants, o todas (aifp-cli variant list FILE).
Con varios FILE, la variante base de cada archivo, con el nombre del archivo.</translation>
    </message>
    <message>
        <source>Procurement:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>build; TCO over %1 years</source>
        <translation>construir; TCO a %1 años</translation>
    </message>
    <message>
        <source>%1, %2-month term; TCO over %3 years</source>
        <translation>%1, plazo de %2 meses; TCO a %3 años</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>colocation</source>
        <translation>colocation</translation>
    </message>
    <message>
        <source>  variant list FILE [--format text|json]
  variant add FILE NAME [--from VARIANT] [--system ID] [--redundancy N|N+1|2N|4N/3|3N/2]
      [--cooling liquid|air|hybrid] [--supply-water-c C] [--site-location ID]
      [--site greenfield|powered-land|powered-shell|ready-hall] [--description TEXT]
      [--procurement build|colocation|cloud] [--rent-term-months N]
      [--tco-horizon-years N]
  variant rename FILE OLD NEW
  variant delete FILE NAME
  variant set-base FILE NAME

A project holds named variants of its design, one of them the base (docs/options.md).
list: each variant&apos;s name, whether it is the base, when and from which variant it was
made, its stored size and description.
add: a copy of VARIANT (default the base) named NAME. --system, --redundancy, --cooling,
--supply-water-c and --site-location re-generate the plant (as aifp-cli new does) from
VARIANT&apos;s targets: its grid connection MW, system, cooling, redundancy, fabric, water
supply and design ambient, with the given changes (a new system takes its own catalog
water limit unless --supply-water-c is given); the customer, serving model, schedule,
prices, owned equipment and user catalog are carried over. --site sets the site&apos;s
readiness only. --procurement (build, rent a colocation hall, or rent cloud GPUs),
--rent-term-months (1-240) and --tco-horizon-years (1-30) set how the capacity is
procured and the total cost of ownership compared (no re-generation).
rename: renames a variant (and the created-from references to it).
delete: removes a variant (not the base).
set-base: makes NAME the base (the variant commands read by default).
Every change rewrites FILE atomically; variants it does not touch keep their bytes.
Names: 1 to 100 bytes, no commas, no control characters; at most 32 variants.</source>
        <translation>  variant list FILE [--format text|json]
  variant add FILE NAME [--from VARIANT] [--system ID] [--redundancy N|N+1|2N|4N/3|3N/2]
      [--cooling liquid|air|hybrid] [--supply-water-c C] [--site-location ID]
      [--site greenfield|powered-land|powered-shell|ready-hall] [--description TEXT]
      [--procurement build|colocation|cloud] [--rent-term-months N]
      [--tco-horizon-years N]
  variant rename FILE OLD NEW
  variant delete FILE NAME
  variant set-base FILE NAME

Un proyecto contiene variantes con nombre de su diseño, una de ellas la base
(docs/options.md).
list: el nombre de cada variante, si es la base, cuándo y a partir de qué variante se
hizo, su tamaño almacenado y su descripción.
add: una copia de VARIANT (por defecto la base) llamada NAME. --system, --redundancy,
--cooling, --supply-water-c y --site-location regeneran la planta (como aifp-cli new) a
partir de los objetivos de VARIANT: su conexión a la red en MW, sistema, refrigeración,
redundancia, fabric, impulsión de agua y ambiente de diseño, con los cambios indicados
(un sistema nuevo toma el límite de agua de su catálogo salvo que se indique
--supply-water-c); se conservan el cliente, el modelo servido, el cronograma, los precios,
los equipos propios y el catálogo propio. --site solo cambia la preparación del
emplazamiento. --procurement (construir, alquilar una sala de colocation o alquilar GPU en
la nube), --rent-term-months (1-240) y --tco-horizon-years (1-30) fijan cómo se obtiene la
capacidad y el coste total de propiedad que se compara (sin regenerar).
rename: renombra una variante (y las referencias a ella como origen).
delete: elimina una variante (no la base).
set-base: hace de NAME la base (la variante que las órdenes leen por defecto).
Cada cambio reescribe FILE de forma atómica; las variantes que no toca conservan sus bytes.
Nombres: de 1 a 100 bytes, sin comas ni caracteres de control; como máximo 32 variantes.</translation>
    </message>
    <message>
        <source>add: build, colocation or cloud</source>
        <translation>add: build, colocation o cloud (construir, colocation o nube)</translation>
    </message>
    <message>
        <source>add: colocation term or cloud commitment, 1-240 months</source>
        <translation>add: plazo de colocation o compromiso en la nube, de 1 a 240 meses</translation>
    </message>
    <message>
        <source>add: years the total cost of ownership covers, 1-30</source>
        <translation>add: años que cubre el coste total de propiedad, de 1 a 30</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <source>Serving:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>%1 at %2, %3 scenario</source>
        <translation>%1 en %2, escenario %3</translation>
    </message>
    <message>
        <source>%1 in %2 racks (%3 systems)</source>
        <translation>%1 en %2 racks (%3 sistemas)</translation>
    </message>
    <message>
        <source>IT gear:</source>
        <translation>Equipos de TI:</translation>
    </message>
    <message>
        <source>%1 switches + %2 out-of-band, %3 transceivers (%4 kW), %5 storage and %6 management nodes</source>
        <translation>%1 switches + %2 fuera de banda, %3 transceptores (%4 kW), %5 nodos de almacenamiento y %6 de gestión</translation>
    </message>
    <message>
        <source>Tokens/s:</source>
        <translation>Tokens/s:</translation>
    </message>
    <message>
        <source>At user speed:</source>
        <translation>A velocidad de usuario:</translation>
    </message>
    <message>
        <source>%1 at %2 tok/s per user</source>
        <translation>%1 a %2 tok/s por usuario</translation>
    </message>
    <message>
        <source> (NOT met: %1 tok/s per user at batch 1)</source>
        <translation> (NO se cumple: %1 tok/s por usuario con lote 1)</translation>
    </message>
    <message>
        <source>p99 TTFT / TPOT:</source>
        <translation>TTFT / TPOT p99:</translation>
    </message>
    <message>
        <source>Tokens/s per MW:</source>
        <translation>Tokens/s por MW:</translation>
    </message>
    <message>
        <source>Energy per token:</source>
        <translation>Energía por token:</translation>
    </message>
    <message>
        <source>Annual tokens:</source>
        <translation>Tokens al año:</translation>
    </message>
    <message>
        <source>%1 at %2 % utilization</source>
        <translation>%1 con un %2 % de utilización</translation>
    </message>
    <message>
        <source>Capex:</source>
        <translation>Capex:</translation>
    </message>
    <message>
        <source> (price date not stated)</source>
        <translation> (fecha de precios no indicada)</translation>
    </message>
    <message>
        <source> (prices of %1)</source>
        <translation> (precios de %1)</translation>
    </message>
    <message>
        <source>excluded: </source>
        <translation>excluido: </translation>
    </message>
    <message>
        <source>Opex:</source>
        <translation>Opex:</translation>
    </message>
    <message>
        <source>%1 M %2 per year (%3 GWh)</source>
        <translation>%1 M %2 al año (%3 GWh)</translation>
    </message>
    <message>
        <source>Cost per M tokens:</source>
        <translation>Coste por M tokens:</translation>
    </message>
    <message>
        <source>, term %1 months, GPUs serving after %2 weeks</source>
        <translation>, plazo %1 meses, GPU en servicio tras %2 semanas</translation>
    </message>
    <message>
        <source>, term %1 months, hall handed over after %2 weeks</source>
        <translation>, plazo %1 meses, sala entregada tras %2 semanas</translation>
    </message>
    <message>
        <source>TCO:</source>
        <translation>TCO:</translation>
    </message>
    <message>
        <source>%1 M %2 over %3 years of operation (%4 M before first token); %5 %2 per M tokens</source>
        <translation>%1 M %2 en %3 años de operación (%4 M antes del primer token); %5 %2 por M tokens</translation>
    </message>
    <message>
        <source>basis: %1</source>
        <translation>base: %1</translation>
    </message>
    <message>
        <source>Power breakdown at design (kW):</source>
        <translation>Desglose de potencia en diseño (kW):</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Supuestos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 in %2 racks of %3, %4 hall(s)</source>
        <translation>%1 en %2 racks de %3, %4 sala(s)</translation>
    </message>
    <message>
        <source>IT power</source>
        <translation>Potencia de TI</translation>
    </message>
    <message>
        <source>%1 (racks %2, network and optics %3, storage and management %4)</source>
        <translation>%1 (racks %2, red y óptica %3, almacenamiento y gestión %4)</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>Potencia de la instalación</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Fabric</translation>
    </message>
    <message>
        <source>%1, %2 tiers, %3 racks per SU</source>
        <translation>%1, %2 niveles, %3 racks por SU</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>%1 bundles, %2 cables</source>
        <translation>%1 haces, %2 cables</translation>
    </message>
    <message>
        <source>Power nodes</source>
        <translation>Nodos de potencia</translation>
    </message>
    <message>
        <source>Cooling nodes</source>
        <translation>Nodos de refrigeración</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Tuberías</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>assumption: %1</source>
        <translation>supuesto: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 sections, %3 bill-of-materials lines, %4 assumptions)</source>
        <translation>Escrito %1 (%2 secciones, %3 líneas de la lista de materiales, %4 supuestos)</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>Clústeres:</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>site climate (design %1, monthly statistics %2): %3</source>
        <translation>clima del sitio (cifras de diseño: %1; estadísticas mensuales: %2): %3</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>formato de salida</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not one of %3</source>
        <translation>--%1: «%2» no es uno de %3</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (por defecto: %1)</translation>
    </message>
    <message>
        <source>weight and activation precision</source>
        <translation>precisión de pesos y activaciones</translation>
    </message>
    <message>
        <source>speculative decoding / MTP draft tokens per step</source>
        <translation>tokens de borrador por paso (decodificación especulativa / MTP)</translation>
    </message>
    <message>
        <source>GPU system catalog id</source>
        <translation>id del sistema GPU en el catálogo</translation>
    </message>
    <message>
        <source>cooling mode</source>
        <translation>modo de refrigeración</translation>
    </message>
    <message>
        <source>power redundancy</source>
        <translation>redundancia eléctrica</translation>
    </message>
    <message>
        <source>compute fabric switch</source>
        <translation>switch de la red de cómputo</translation>
    </message>
    <message>
        <source>design dry-bulb ambient</source>
        <translation>temperatura seca exterior de diseño</translation>
    </message>
    <message>
        <source>leaf down:up ratio</source>
        <translation>relación bajada:subida de los leaf</translation>
    </message>
    <message>
        <source>maximum IT MW per hall (0 = no limit)</source>
        <translation>MW de TI máximos por sala (0 = sin límite)</translation>
    </message>
    <message>
        <source>maximum hall width</source>
        <translation>anchura máxima de sala</translation>
    </message>
    <message>
        <source>maximum hall depth</source>
        <translation>profundidad máxima de sala</translation>
    </message>
    <message>
        <source>MLPerf scenario</source>
        <translation>escenario MLPerf</translation>
    </message>
    <message>
        <source>delivery model (default: the design&apos;s setting)</source>
        <translation>modelo de ejecución (por defecto: el ajuste del diseño)</translation>
    </message>
    <message>
        <source>what is already done on the site (default: the design&apos;s, greenfield unless set)</source>
        <translation>lo que ya está hecho en el emplazamiento (por defecto: lo del diseño, greenfield si no se indica)</translation>
    </message>
    <message>
        <source>temporary on-site generation / BESS before the grid (default: the design&apos;s)</source>
        <translation>generación temporal in situ / BESS antes de la red (por defecto: la del diseño)</translation>
    </message>
    <message>
        <source>fill what the plant carries or every position</source>
        <translation>llenar lo que soporta la planta o todas las posiciones</translation>
    </message>
    <message>
        <source>width and height in pixels, 16 to 1024</source>
        <translation>anchura y altura en píxeles, de 16 a 1024</translation>
    </message>
    <message>
        <source>add: power redundancy</source>
        <translation>add: redundancia eléctrica</translation>
    </message>
    <message>
        <source>add: cooling mode</source>
        <translation>add: modo de refrigeración</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check a project file completely: storage integrity, references, every variant</source>
        <translation>Comprueba un archivo de proyecto por completo: integridad del almacenamiento, referencias, cada variante</translation>
    </message>
    <message>
        <source>Runs every check of a project file, the slow ones that opening leaves out included
(docs/file-format.md, &quot;Limits and guarantees&quot;): the header, SQLite&apos;s full
integrity check (every page and index entry) and the foreign keys, then everything
opening checks (tables and columns, row limits, values, the domain check of the
design), and the same for the stored image of every variant. Prints OK, or each
problem on one line naming the file (and the variant). Never changes FILE.
Exit code 0 when the file is sound, 1 when there are problems.</source>
        <translation>Ejecuta todas las comprobaciones de un archivo de proyecto, incluidas las lentas que la
apertura omite (docs/file-format.md, &quot;Limits and guarantees&quot;): la cabecera, la
comprobación de integridad completa de SQLite (cada página y entrada de índice) y las claves
foráneas; después todo lo que comprueba la apertura (tablas y columnas, límites de filas,
valores, la comprobación de dominio del diseño), y lo mismo para la imagen guardada de cada
variante. Imprime OK, o cada problema en una línea que nombra el archivo (y la variante).
Nunca modifica FILE.
Código de salida 0 si el archivo está sano, 1 si hay problemas.</translation>
    </message>
    <message>
        <source>let KV cache beyond HBM live in host memory (used only when it raises tokens/s)</source>
        <translation>permitir que la caché KV que no cabe en la HBM viva en la memoria del host (solo se usa si aumenta los tokens/s)</translation>
    </message>
    <message>
        <source>Serving (replicas and mean decode step):</source>
        <translation>Servicio (réplicas y paso medio de decodificación):</translation>
    </message>
</context>
<context>
    <name>Climate</name>
    <message>
        <source>official</source>
        <translation>oficial</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundaria</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>declaración del fabricante</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIÓN</translation>
    </message>
    <message>
        <source>DESIGN DB / WB (0.4 %)</source>
        <translation>DISEÑO BS / BH (0,4 %)</translation>
    </message>
    <message>
        <source>design (0.4 %)  %1 °C dry-bulb, %2 °C mean coincident wet-bulb</source>
        <translation>diseño (0,4 %)  %1 °C de bulbo seco, %2 °C de bulbo húmedo medio coincidente</translation>
    </message>
    <message>
        <source>dry-bulb: %1 (%2)</source>
        <translation>bulbo seco: %1 (%2)</translation>
    </message>
    <message>
        <source>wet-bulb: %1 (%2)</source>
        <translation>bulbo húmedo: %1 (%2)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>dry-bulb</source>
        <translation>b. seco</translation>
    </message>
    <message>
        <source>wet-bulb</source>
        <translation>b. húmedo</translation>
    </message>
    <message>
        <source>daily range (°C, K)</source>
        <translation>oscilación diaria (°C, K)</translation>
    </message>
    <message>
        <source>monthly: %1 (%2)</source>
        <translation>mensual: %1 (%2)</translation>
    </message>
    <message>
        <source>day-to-day spread %1 K (fitted to the 0.4 % design dry-bulb; docs/estimation.md &quot;Climate&quot;)</source>
        <translation>dispersión de un día a otro %1 K (ajustada al bulbo seco de diseño del 0,4 %; docs/estimation.md &quot;Climate&quot;)</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MENSUAL</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>%1 racks</source>
        <translation>%1 racks</translation>
    </message>
</context>
<context>
    <name>EnumNames</name>
    <message>
        <source>Hall</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Power equipment</source>
        <translation>Equipo de potencia</translation>
    </message>
    <message>
        <source>Power link</source>
        <translation>Enlace de potencia</translation>
    </message>
    <message>
        <source>Cooling equipment</source>
        <translation>Equipo de refrigeración</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Tubería</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Network link</source>
        <translation>Enlace de red</translation>
    </message>
    <message>
        <source>Utility feed</source>
        <translation>Acometida de la red</translation>
    </message>
    <message>
        <source>MV switchgear</source>
        <translation>Aparamenta de MT</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformador</translation>
    </message>
    <message>
        <source>LV switchboard</source>
        <translation>Cuadro de BT</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>SAI</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Grupo electrógeno</translation>
    </message>
    <message>
        <source>PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>RPP</source>
        <translation>RPP</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>Blindobarra</translation>
    </message>
    <message>
        <source>Rack power shelf</source>
        <translation>Bandeja alim. rack</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Cable</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Chiller</source>
        <translation>Enfriadora</translation>
    </message>
    <message>
        <source>Dry cooler</source>
        <translation>Enfriador seco</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Manifold</source>
        <translation>Colector</translation>
    </message>
    <message>
        <source>Air handler</source>
        <translation>Climatizador</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnológico</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Storage and in-band</source>
        <translation>Almacenamiento y en banda</translation>
    </message>
    <message>
        <source>Out of band</source>
        <translation>Fuera de banda</translation>
    </message>
    <message>
        <source>Copper (DAC)</source>
        <translation>Cobre (DAC)</translation>
    </message>
    <message>
        <source>Multimode fibre</source>
        <translation>Fibra multimodo</translation>
    </message>
    <message>
        <source>Single-mode fibre</source>
        <translation>Fibra monomodo</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>2N</source>
        <translation>2N</translation>
    </message>
    <message>
        <source>distributed 4N/3</source>
        <translation>4N/3 distribuida</translation>
    </message>
    <message>
        <source>distributed 3N/2</source>
        <translation>3N/2 distribuida</translation>
    </message>
    <message>
        <source>InfiniBand XDR (800 Gb/s)</source>
        <translation>InfiniBand XDR (800 Gb/s)</translation>
    </message>
    <message>
        <source>InfiniBand NDR (400 Gb/s)</source>
        <translation>InfiniBand NDR (400 Gb/s)</translation>
    </message>
    <message>
        <source>Spectrum-X Ethernet</source>
        <translation>Spectrum-X Ethernet</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aire</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Air and liquid</source>
        <translation>Aire y líquido</translation>
    </message>
    <message>
        <source>GPU system</source>
        <translation>Sistema de GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Adaptador de red</translation>
    </message>
    <message>
        <source>Optical transceiver</source>
        <translation>Transceptor óptico</translation>
    </message>
    <message>
        <source>Liquid cooling system</source>
        <translation>Sistema de refrigeración líquida</translation>
    </message>
    <message>
        <source>Power architecture</source>
        <translation>Arquitectura de potencia</translation>
    </message>
    <message>
        <source>Power shelf</source>
        <translation>Bandeja de alimentación</translation>
    </message>
    <message>
        <source>Rack PDU</source>
        <translation>PDU de rack</translation>
    </message>
    <message>
        <source>Rack system</source>
        <translation>Sistema de rack</translation>
    </message>
    <message>
        <source>Scale-up switch</source>
        <translation>Switch scale-up</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Cuadro eléctrico</translation>
    </message>
    <message>
        <source>Switchgear</source>
        <translation>Aparamenta</translation>
    </message>
    <message>
        <source>official</source>
        <translation>oficial</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundaria</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message>
        <source>IT %1 MW design / %2 MW typical</source>
        <translation>TI %1 MW de diseño / %2 MW típicos</translation>
    </message>
    <message>
        <source>facility %1 MW design (%2 MVA at PF %3, %4 °C) / %5 MW typical</source>
        <translation>instalación %1 MW de diseño (%2 MVA con FP %3, %4 °C) / %5 MW típicos</translation>
    </message>
    <message>
        <source>PUE %1 design / %2 annual</source>
        <translation>PUE %1 de diseño / %2 anual</translation>
    </message>
    <message>
        <source>%1 switch(es) without a catalog power_kw: their heat is not counted in the cooling plant</source>
        <translation>%1 switch(es) sin power_kw en el catálogo: su calor no se cuenta en la planta de refrigeración</translation>
    </message>
    <message>
        <source>facility water</source>
        <translation>agua de la instalación</translation>
    </message>
    <message>
        <source>chilled water (air side)</source>
        <translation>agua fría (lado aire)</translation>
    </message>
    <message>
        <source>plant water</source>
        <translation>agua de planta</translation>
    </message>
    <message>
        <source>user override</source>
        <translation>valor del usuario</translation>
    </message>
    <message>
        <source>model &apos;%1&apos; does not fit on the %2 GPUs of &apos;%3&apos; racks: they serve no tokens</source>
        <translation>el modelo &apos;%1&apos; no cabe en las %2 GPU de los racks &apos;%3&apos;: no sirven tokens</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: each model replica spans %2 GPUs (%3 systems)</source>
        <translation>&apos;%1&apos;: cada réplica del modelo ocupa %2 GPU (%3 sistemas)</translation>
    </message>
    <message>
        <source>no price for %1: set the assumption %2 (counted as 0)</source>
        <translation>sin precio para %1: fije el supuesto %2 (se cuenta como 0)</translation>
    </message>
    <message>
        <source>rack &apos;%1&apos; (id %2) skipped: %3</source>
        <translation>rack &apos;%1&apos; (id %2) omitido: %3</translation>
    </message>
    <message>
        <source>tokens/s at %1 tok/s per user (%2), %3; the MLPerf &apos;%4&apos; scenario gives %5</source>
        <translation>tokens/s a %1 tok/s por usuario (%2), %3; el escenario MLPerf &apos;%4&apos; da %5</translation>
    </message>
    <message>
        <source>met</source>
        <translation>se cumple</translation>
    </message>
    <message>
        <source>NOT met: even one user per replica gets only %1 tok/s</source>
        <translation>NO se cumple: incluso un solo usuario por réplica obtiene solo %1 tok/s</translation>
    </message>
    <message>
        <source>grid connection and utility works beyond the on-site substation</source>
        <translation>conexión a la red y obras de la compañía eléctrica más allá de la subestación propia</translation>
    </message>
    <message>
        <source>taxes, import duties and permits</source>
        <translation>impuestos, aranceles de importación y permisos</translation>
    </message>
    <message>
        <source>financing and interest during construction</source>
        <translation>financiación e intereses durante la construcción</translation>
    </message>
    <message>
        <source>software licences and support contracts</source>
        <translation>licencias de software y contratos de soporte</translation>
    </message>
    <message>
        <source>owner&apos;s costs (development, legal, insurance)</source>
        <translation>costes del propietario (promoción, jurídicos, seguros)</translation>
    </message>
    <message>
        <source>price escalation after the price date and currency risk</source>
        <translation>revisión de precios posterior a la fecha de precios y riesgo de divisa</translation>
    </message>
    <message>
        <source>water rights and connection</source>
        <translation>derechos de agua y acometida</translation>
    </message>
    <message>
        <source>land and HV substation: the site is %1</source>
        <translation>terreno y subestación de AT: el emplazamiento es %1</translation>
    </message>
    <message>
        <source>data hall building: the site is %1</source>
        <translation>edificio de las salas: el emplazamiento es %1</translation>
    </message>
    <message>
        <source>the document currency is %1; the default unit prices are USD figures and are not converted: override them in %1</source>
        <translation>la moneda del documento es %1; los precios unitarios por defecto están en USD y no se convierten: sustitúyalos en %1</translation>
    </message>
    <message>
        <source>at %1 % utilisation; %2; prices in %3%4</source>
        <translation>con un %1 % de utilización; %2; precios en %3%4</translation>
    </message>
    <message>
        <source>, price date not stated</source>
        <translation>, fecha de precios no indicada</translation>
    </message>
    <message>
        <source>, prices of %1</source>
        <translation>, precios de %1</translation>
    </message>
    <message>
        <source>electricity billed at typical IT load x annual PUE all year</source>
        <translation>electricidad facturada a la carga de TI típica x PUE anual todo el año</translation>
    </message>
    <message>
        <source>assumption (idle GPUs still draw power)</source>
        <translation>supuesto (las GPU ociosas también consumen)</translation>
    </message>
    <message>
        <source>racks of &apos;%1&apos; not counted: %2</source>
        <translation>racks de &apos;%1&apos; no contados: %2</translation>
    </message>
    <message>
        <source>the design&apos;s UPS have no rating: UPS losses at 95 %</source>
        <translation>los SAI del diseño no tienen potencia nominal: pérdidas de SAI al 95 %</translation>
    </message>
    <message>
        <source>the design has no UPS: no UPS losses counted</source>
        <translation>el diseño no tiene SAI: no se cuentan pérdidas de SAI</translation>
    </message>
    <message>
        <source>the design has no MV/LV transformer: reference losses counted</source>
        <translation>el diseño no tiene transformador MT/BT: se cuentan pérdidas de referencia</translation>
    </message>
    <message>
        <source>the design has no HV/MV substation transformer (grid connection at medium voltage): no substation losses counted</source>
        <translation>el diseño no tiene transformador de subestación AT/MT (conexión a la red en media tensión): no se cuentan pérdidas de subestación</translation>
    </message>
    <message>
        <source>at the design ambient (%1) %2 kW of heat have no chiller to trim them to the supply temperature (counted as chiller work): add trim chillers or raise the supply temperature</source>
        <translation>a la temperatura ambiente de diseño (%1), %2 kW de calor no tienen enfriadora que los lleve a la temperatura de impulsión (se cuentan como trabajo de enfriadora): añada enfriadoras de apoyo o suba la temperatura de impulsión</translation>
    </message>
    <message>
        <source>energy-weighted over %1 h of the typed-in design ambient (no climate location: every hour at the design condition), typical IT load</source>
        <translation>ponderado por energía en %1 h de la temperatura ambiente de diseño introducida (sin ubicación climática: todas las horas en la condición de diseño), carga de TI típica</translation>
    </message>
    <message>
        <source>energy-weighted over %1 h of the climate of &apos;%2&apos;, typical IT load</source>
        <translation>ponderado por energía en %1 h del clima de &apos;%2&apos;, carga de TI típica</translation>
    </message>
    <message>
        <source>no chiller, dry cooler or hall states a supply temperature: %1 °C assumed</source>
        <translation>ninguna enfriadora, enfriador seco ni sala indica una temperatura de impulsión: se suponen %1 °C</translation>
    </message>
    <message>
        <source>the design has no heat rejection for the %1 loop (%2 kW): counted as air-cooled chillers at %3 °C</source>
        <translation>el diseño no tiene disipación de calor para el circuito de %1 (%2 kW): se cuenta como enfriadoras condensadas por aire a %3 °C</translation>
    </message>
    <message>
        <source>GPU systems</source>
        <translation>Sistemas de GPU</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Storage and management</source>
        <translation>Almacenamiento y gestión</translation>
    </message>
    <message>
        <source>HV substation</source>
        <translation>Subestación de AT</translation>
    </message>
    <message>
        <source>Power chain</source>
        <translation>Cadena eléctrica</translation>
    </message>
    <message>
        <source>Cooling plant</source>
        <translation>Planta de refrigeración</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Terreno</translation>
    </message>
    <message>
        <source>Installation and site works</source>
        <translation>Instalación y obras del emplazamiento</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>Repuestos</translation>
    </message>
    <message>
        <source>Integration and commissioning</source>
        <translation>Integración y puesta en servicio</translation>
    </message>
    <message>
        <source>IT: GPU racks</source>
        <translation>TI: racks de GPU</translation>
    </message>
    <message>
        <source>IT: network switches</source>
        <translation>TI: switches de red</translation>
    </message>
    <message>
        <source>IT: optics</source>
        <translation>TI: óptica</translation>
    </message>
    <message>
        <source>IT: storage and management nodes</source>
        <translation>TI: nodos de almacenamiento y gestión</translation>
    </message>
    <message>
        <source>Cooling: heat rejection</source>
        <translation>Refrigeración: disipación de calor</translation>
    </message>
    <message>
        <source>Cooling: CDU pumps</source>
        <translation>Refrigeración: bombas de las CDU</translation>
    </message>
    <message>
        <source>Cooling: air handler fans</source>
        <translation>Refrigeración: ventiladores de climatizadores</translation>
    </message>
    <message>
        <source>Losses: UPS</source>
        <translation>Pérdidas: SAI</translation>
    </message>
    <message>
        <source>Losses: MV/LV transformers</source>
        <translation>Pérdidas: transformadores MT/BT</translation>
    </message>
    <message>
        <source>Losses: HV substation</source>
        <translation>Pérdidas: subestación de AT</translation>
    </message>
    <message>
        <source>IT amortisation (systems, network, storage, spares)</source>
        <translation>Amortización de TI (sistemas, red, almacenamiento, repuestos)</translation>
    </message>
    <message>
        <source>Facility amortisation (land not amortised)</source>
        <translation>Amortización de la instalación (el terreno no se amortiza)</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <source>Operation and maintenance</source>
        <translation>Operación y mantenimiento</translation>
    </message>
    <message>
        <source>%1 x %2 GPUs</source>
        <translation>%1 x %2 GPU</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2), %3 scenario: %4; mean step %5</source>
        <translation>&apos;%1&apos; (%2), escenario %3: %4; paso medio %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2), at %3 tokens/s per user: %4; mean step %5</source>
        <translation>&apos;%1&apos; (%2), a %3 tokens/s por usuario: %4; paso medio %5</translation>
    </message>
</context>
<context>
    <name>EstimateAssumption</name>
    <message>
        <source>share of the year the factory serves at the estimated rate</source>
        <translation>fracción del año en que la fábrica sirve al ritmo estimado</translation>
    </message>
    <message>
        <source>amortisation life of GPU systems, network and storage</source>
        <translation>vida de amortización de los sistemas de GPU, la red y el almacenamiento</translation>
    </message>
    <message>
        <source>amortisation life of the facility</source>
        <translation>vida de amortización de la instalación</translation>
    </message>
    <message>
        <source>MV/LV transformer losses at full load when a transformer gives no efficiency</source>
        <translation>pérdidas del transformador MT/BT a plena carga cuando el transformador no indica rendimiento</translation>
    </message>
    <message>
        <source>share of a transformer&apos;s full-load losses that is no-load (core) loss</source>
        <translation>fracción de las pérdidas a plena carga de un transformador que son pérdidas en vacío (núcleo)</translation>
    </message>
    <message>
        <source>HV/MV main transformer efficiency at full load</source>
        <translation>rendimiento a plena carga del transformador principal AT/MT</translation>
    </message>
    <message>
        <source>switch power when its catalog entry gives none</source>
        <translation>potencia de un switch cuando su entrada del catálogo no la indica</translation>
    </message>
    <message>
        <source>out-of-band 1 GbE switch power without a catalog entry</source>
        <translation>potencia del switch fuera de banda de 1 GbE sin entrada en el catálogo</translation>
    </message>
    <message>
        <source>GPUs served by one all-flash storage node</source>
        <translation>GPU atendidas por un nodo de almacenamiento all-flash</translation>
    </message>
    <message>
        <source>power of one all-flash storage node</source>
        <translation>potencia de un nodo de almacenamiento all-flash</translation>
    </message>
    <message>
        <source>GPUs per management node (head, scheduler, fabric manager, monitoring; at least 3)</source>
        <translation>GPU por nodo de gestión (cabecera, planificador, gestor del fabric, monitorización; al menos 3)</translation>
    </message>
    <message>
        <source>power of one management node</source>
        <translation>potencia de un nodo de gestión</translation>
    </message>
    <message>
        <source>UPS in eco (dynamic online) mode: 1 = yes, 0 = double conversion</source>
        <translation>SAI en modo eco (online dinámico): 1 = sí, 0 = doble conversión</translation>
    </message>
    <message>
        <source>UPS efficiency in eco mode</source>
        <translation>rendimiento del SAI en modo eco</translation>
    </message>
    <message>
        <source>share of a UPS&apos;s full-load losses that is fixed (no-load); the rest grows with the load</source>
        <translation>fracción de las pérdidas a plena carga de un SAI que es fija (en vacío); el resto crece con la carga</translation>
    </message>
    <message>
        <source>on-site spares (GPU trays, optics, switches, PSUs)</source>
        <translation>repuestos en el emplazamiento (bandejas de GPU, ópticas, switches, fuentes)</translation>
    </message>
    <message>
        <source>integration and commissioning (L1-L5, rack integration)</source>
        <translation>integración y puesta en servicio (L1-L5, integración de racks)</translation>
    </message>
    <message>
        <source>installation, MV/LV cabling, piping, fire protection, BMS, design and site works</source>
        <translation>instalación, cableado de MT/BT, tuberías, protección contra incendios, BMS, ingeniería y obras del emplazamiento</translation>
    </message>
    <message>
        <source>what-if factor on the annual PUE the cooling plant model computes (1 = as computed); listed only when set</source>
        <translation>factor de hipótesis sobre el PUE anual que calcula el modelo de la planta de refrigeración (1 = el calculado); solo aparece si se fija</translation>
    </message>
    <message>
        <source>colocation: weeks from signing to the hall handed over, ready for the IT equipment</source>
        <translation>colocation: semanas desde la firma hasta la entrega de la sala, lista para los equipos de TI</translation>
    </message>
    <message>
        <source>cloud: weeks from order to the reserved GPUs serving</source>
        <translation>nube: semanas desde el pedido hasta que las GPU reservadas están en servicio</translation>
    </message>
    <message>
        <source>CDU pump head when the design gives none</source>
        <translation>altura de bombeo de la CDU cuando el diseño no la indica</translation>
    </message>
    <message>
        <source>pump and motor efficiency (CDU and plant pumps)</source>
        <translation>rendimiento de bomba y motor (bombas de la CDU y de la planta)</translation>
    </message>
    <message>
        <source>facility / chilled-water pump head (dry-cooler or chiller coil, CDU exchanger, pipework)</source>
        <translation>altura de bombeo del circuito de la instalación / agua fría (batería del enfriador seco o de la enfriadora, intercambiador de la CDU, tuberías)</translation>
    </message>
    <message>
        <source>air-handler fan power per kW of air-side heat</source>
        <translation>potencia de ventiladores del climatizador por kW de calor al aire</translation>
    </message>
    <message>
        <source>dry-cooler approach when its catalog entry gives none</source>
        <translation>aproximación del enfriador seco cuando su entrada del catálogo no la indica</translation>
    </message>
    <message>
        <source>dry-cooler fan power per kW of rated heat at full speed</source>
        <translation>potencia de ventiladores del enfriador seco por kW de calor nominal a plena velocidad</translation>
    </message>
    <message>
        <source>adiabatic pre-cooling: share of the wet-bulb depression taken off the air (0 = dry only)</source>
        <translation>preenfriamiento adiabático: fracción de la depresión de bulbo húmedo que se quita al aire (0 = solo en seco)</translation>
    </message>
    <message>
        <source>air temperature rise through a dry cooler at full load</source>
        <translation>salto de temperatura del aire a través de un enfriador seco a plena carga</translation>
    </message>
    <message>
        <source>chiller COP as a fraction of the Carnot COP of its lift</source>
        <translation>COP de la enfriadora como fracción del COP de Carnot de su salto térmico</translation>
    </message>
    <message>
        <source>condensing temperature above the ambient dry-bulb</source>
        <translation>temperatura de condensación por encima del bulbo seco ambiente</translation>
    </message>
    <message>
        <source>evaporating temperature below the supply water</source>
        <translation>temperatura de evaporación por debajo del agua de impulsión</translation>
    </message>
    <message>
        <source>highest chiller COP at small lift</source>
        <translation>COP máximo de la enfriadora con salto térmico pequeño</translation>
    </message>
    <message>
        <source>lowest fan / pump speed of a variable-speed drive</source>
        <translation>velocidad mínima de ventilador / bomba con variador de velocidad</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>full capture, catalog dlc-lenovo-neptune heat_capture</source>
        <translation>captura total, heat_capture de dlc-lenovo-neptune en el catálogo</translation>
    </message>
    <message>
        <source>catalog, %1</source>
        <translation>catálogo, %1</translation>
    </message>
    <message>
        <source>cooling: %1, liquid fraction %2 of rack heat (%3); flow %4 L/min/kW at 10 K; CDU approach 3 K (assumption)</source>
        <translation>refrigeración: %1, fracción líquida %2 del calor del rack (%3); caudal %4 L/min/kW a 10 K; aproximación de la CDU 3 K (supuesto)</translation>
    </message>
    <message>
        <source>, no wet-bulb given: dry</source>
        <translation>, sin bulbo húmedo indicado: en seco</translation>
    </message>
    <message>
        <source>cooling: rear-door heat exchangers on every rack (catalog rdhx-generic), one group per row, on the chilled-water loop</source>
        <translation>refrigeración: intercambiadores de puerta trasera en cada rack (rdhx-generic del catálogo), un grupo por fila, en el circuito de agua fría</translation>
    </message>
    <message>
        <source>rack power %1 kW (catalog, %2); typical load fraction %3 (%4)</source>
        <translation>potencia del rack %1 kW (catálogo, %2); fracción de carga típica %3 (%4)</translation>
    </message>
    <message>
        <source>network: switch power from the catalog power_kw (assumption); cable lengths are Manhattan distance + 10 % + 3 m (assumption); copper &lt;= 3 m (assumption), multimode &lt;= 50 m (SR4), single-mode beyond (DR4/FR4); storage/in-band fabric on BF-3 ports (2 per tray/node) and one 1 GbE out-of-band switch per rack (catalog oob-1g-48, assumption); optics power per transceiver from the catalog (LinkX 800G 17 W, 400G 9 W); storage and management nodes sized on the GPU count (docs/estimation.md)</source>
        <translation>red: potencia de los switches según power_kw del catálogo (supuesto); longitudes de cable = distancia Manhattan + 10 % + 3 m (supuesto); cobre &lt;= 3 m (supuesto), multimodo &lt;= 50 m (SR4), monomodo por encima (DR4/FR4); fabric de almacenamiento/en banda en puertos BF-3 (2 por bandeja/nodo) y un switch fuera de banda de 1 GbE por rack (oob-1g-48 del catálogo, supuesto); potencia de las ópticas por transceptor según el catálogo (LinkX 800G 17 W, 400G 9 W); nodos de almacenamiento y gestión dimensionados por el número de GPU (docs/estimation.md)</translation>
    </message>
    <message>
        <source>layout: footprint 0.6 x 1.2 m and aisles of service_clearance_m (catalog, assumption); CDU 1.2 x 1.2 m, 3 m hall margins, 20 m between halls, 8 switches per network rack (assumptions)</source>
        <translation>implantación: huella de 0,6 x 1,2 m y pasillos de service_clearance_m (catálogo, supuesto); CDU de 1,2 x 1,2 m, márgenes de sala de 3 m, 20 m entre salas, 8 switches por rack de red (supuestos)</translation>
    </message>
    <message>
        <source>fabric: 3 tiers; oversubscription applied at the leaf tier only</source>
        <translation>fabric: 3 niveles; sobresuscripción aplicada solo en el nivel leaf</translation>
    </message>
    <message>
        <source>no max_supply_water_c for %1: ASHRAE W32 class (assumption)</source>
        <translation>sin max_supply_water_c para %1: clase ASHRAE W32 (supuesto)</translation>
    </message>
    <message>
        <source>cooling: the air-side remainder of each %1 rack is %2 kW, above the ~%3 kW/rack practical air limit (reference-data.md 2.2)</source>
        <translation>refrigeración: el resto por aire de cada rack %1 es de %2 kW, por encima del límite práctico de ~%3 kW/rack por aire (reference-data.md 2.2)</translation>
    </message>
    <message>
        <source>power: on-site HV substation %1 x (%2) x %3 MVA 132/33 kV main transformers for %4 MVA (catalog xfmr-large-power-transformer: lead time 80-210 weeks, average 128; HV breakers 24-42 months, swgr-hv-breaker; reference-data.md 6.2); generators N+1 per block group under 2N and distributed UPS</source>
        <translation>potencia: subestación de AT propia con %1 x (%2) x %3 MVA de transformadores principales de 132/33 kV para %4 MVA (xfmr-large-power-transformer del catálogo: plazo de entrega 80-210 semanas, media 128; interruptores de AT 24-42 meses, swgr-hv-breaker; reference-data.md 6.2); grupos electrógenos N+1 por grupo de bloques con 2N y SAI distribuido</translation>
    </message>
    <message>
        <source>power: blocks of %1 kVA transformer + LV board + UPS (%2 kW modules at &lt;= 80 %) + %3 kW generators; block IT capacity %4 kW (transformer or LV board at 80 %, whichever is smaller); busways 800 A at 415 V, &lt;= 80 % (%5 racks each, assumption); PF 0.95 (UNVERIFIED planning default)</source>
        <translation>potencia: bloques de transformador de %1 kVA + cuadro de BT + SAI (módulos de %2 kW al &lt;= 80 %) + grupos electrógenos de %3 kW; capacidad de TI por bloque %4 kW (transformador o cuadro de BT al 80 %, el menor); blindobarras de 800 A a 415 V, &lt;= 80 % (%5 racks cada una, supuesto); FP 0,95 (valor de planificación NO VERIFICADO)</translation>
    </message>
    <message>
        <source>, adiabatic to wet-bulb %1 °C</source>
        <translation>, adiabático hasta bulbo húmedo %1 °C</translation>
    </message>
    <message>
        <source>trim chillers for up to %1 % of the liquid heat at the design ambient %2 °C</source>
        <translation>enfriadoras de apoyo para hasta el %1 % del calor al líquido a la temperatura ambiente de diseño de %2 °C</translation>
    </message>
    <message>
        <source>no chillers at the design ambient %1 °C</source>
        <translation>sin enfriadoras a la temperatura ambiente de diseño de %1 °C</translation>
    </message>
    <message>
        <source>; facility water %1 °C on dry coolers (approach %2 K%3), %4</source>
        <translation>; agua de la instalación a %1 °C en enfriadores secos (aproximación %2 K%3), %4</translation>
    </message>
    <message>
        <source>; air side on chillers at %1 °C with economiser dry coolers</source>
        <translation>; lado aire con enfriadoras a %1 °C y enfriadores secos de free cooling</translation>
    </message>
    <message>
        <source>catalog %1 max_supply_water_c %2 °C (%3) at the rack minus %4 K CDU approach (assumption)</source>
        <translation>max_supply_water_c de %1 en el catálogo, %2 °C (%3) en el rack menos %4 K de aproximación de la CDU (supuesto)</translation>
    </message>
    <message>
        <source>facility water supply %1 °C: the highest the system allows, %2</source>
        <translation>impulsión del agua de la instalación %1 °C: la más alta que admite el sistema, %2</translation>
    </message>
    <message>
        <source>site %1: design ambient %2 °C dry-bulb / %3 °C coincident wet-bulb (0.4 %; %4)</source>
        <translation>emplazamiento %1: temperatura ambiente de diseño %2 °C de bulbo seco / %3 °C de bulbo húmedo coincidente (0,4 %; %4)</translation>
    </message>
    <message>
        <source>clusters: %1 GPUs need more than one %2-tier fabric of %3-port switches; the halls form %4 clusters, each with its own fabric and no links between them (no campus interconnect)</source>
        <translation>clústeres: %1 GPU necesitan más de un fabric de %2 niveles de switches de %3 puertos; las salas forman %4 clústeres, cada uno con su propio fabric y sin enlaces entre ellos (sin interconexión del campus)</translation>
    </message>
    <message>
        <source>(unnamed cluster)</source>
        <translation>(clúster sin nombre)</translation>
    </message>
    <message>
        <source>%1: %2 hall(s), %3 racks, %4 GPUs, %5 compute switches in %6 tiers</source>
        <translation>%1: %2 sala(s), %3 racks, %4 GPU, %5 switches de cómputo en %6 niveles</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>2N</source>
        <translation>2N</translation>
    </message>
    <message>
        <source>Two complete, independent power paths (A and B), each able to carry the whole load alone.</source>
        <translation>Redundancia 2N: dos rutas de potencia completas e independientes (A y B), cada una capaz de soportar sola toda la carga.</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>The units needed for the load (N) plus one spare.</source>
        <translation>Las unidades necesarias para la carga (N) más una de reserva.</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>BESS</translation>
    </message>
    <message>
        <source>Battery energy storage system.</source>
        <translation>Sistema de almacenamiento de energía en baterías.</translation>
    </message>
    <message>
        <source>CDU</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Coolant distribution unit: heat exchanger and pumps between the facility water loop and the technology (rack) loop.</source>
        <translation>Unidad de distribución de refrigerante (CDU): intercambiador de calor y bombas entre el circuito de agua de la instalación y el circuito tecnológico (de los racks).</translation>
    </message>
    <message>
        <source>DLC</source>
        <translation>DLC</translation>
    </message>
    <message>
        <source>Direct liquid cooling: coolant through cold plates on the chips.</source>
        <translation>Refrigeración líquida directa: el refrigerante pasa por placas frías sobre los chips.</translation>
    </message>
    <message>
        <source>FP4 / FP8</source>
        <translation>FP4 / FP8</translation>
    </message>
    <message>
        <source>4-bit / 8-bit floating-point number formats used for inference weights and arithmetic.</source>
        <translation>Formatos numéricos de coma flotante de 4 / 8 bits usados para los pesos y la aritmética de inferencia.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Graphics processing unit: the accelerator that runs the model.</source>
        <translation>Unidad de procesamiento gráfico: el acelerador que ejecuta el modelo.</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Carga de TI</translation>
    </message>
    <message>
        <source>Power drawn by the racks (servers, switches), before cooling and losses.</source>
        <translation>Potencia de TI que consumen los racks (servidores, switches), sin refrigeración ni pérdidas.</translation>
    </message>
    <message>
        <source>L1-L5</source>
        <translation>L1-L5</translation>
    </message>
    <message>
        <source>Commissioning levels: factory acceptance (L1), site acceptance and installation (L2), pre-functional start-up (L3), functional performance on load banks (L4), integrated systems test with a utility-failure simulation (L5).</source>
        <translation>Niveles de puesta en servicio: aceptación en fábrica (L1), aceptación en obra e instalación (L2), arranque prefuncional (L3), prestaciones funcionales con bancos de carga (L4), prueba integrada de sistemas con simulación de fallo de red (L5).</translation>
    </message>
    <message>
        <source>LV / MV</source>
        <translation>BT / MT</translation>
    </message>
    <message>
        <source>Low voltage (up to 1 kV, e.g. 415 V) / medium voltage (e.g. 11-33 kV).</source>
        <translation>Baja tensión (hasta 1 kV, p. ej. 415 V) / media tensión (p. ej. 11-33 kV).</translation>
    </message>
    <message>
        <source>MLPerf</source>
        <translation>MLPerf</translation>
    </message>
    <message>
        <source>Industry benchmark suite; its inference scenarios are offline, server and interactive.</source>
        <translation>Conjunto de pruebas de referencia del sector; sus escenarios de inferencia son offline, server e interactive.</translation>
    </message>
    <message>
        <source>NVL72</source>
        <translation>NVL72</translation>
    </message>
    <message>
        <source>NVIDIA rack-scale system: 72 GPUs joined by one NVLink domain in one rack.</source>
        <translation>Sistema de NVIDIA a escala de rack: 72 GPU unidas por un dominio NVLink en un rack.</translation>
    </message>
    <message>
        <source>PDU / RPP</source>
        <translation>PDU / RPP</translation>
    </message>
    <message>
        <source>Power distribution unit / remote power panel feeding the racks.</source>
        <translation>Unidad de distribución de energía / panel de potencia remoto que alimentan los racks.</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power divided by IT power (1.0 is ideal).</source>
        <translation>Eficacia del uso de la energía: potencia de la instalación dividida entre la potencia de TI (1,0 es lo ideal).</translation>
    </message>
    <message>
        <source>SU</source>
        <translation>SU</translation>
    </message>
    <message>
        <source>Scalable unit: the repeated block of racks and switches a fabric is built from.</source>
        <translation>Unidad escalable: el bloque repetido de racks y switches con el que se construye el fabric.</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Time per output token: the interval between tokens of one answer.</source>
        <translation>Tiempo por token de salida: el intervalo entre tokens de una respuesta.</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>Time to first token: from request to the first token of the answer.</source>
        <translation>Tiempo hasta el primer token: desde la petición hasta el primer token de la respuesta.</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Output tokens generated per second by the whole factory.</source>
        <translation>Tokens por segundo de salida generados por toda la fábrica de IA.</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>SAI (UPS)</translation>
    </message>
    <message>
        <source>Uninterruptible power supply.</source>
        <translation>Sistema de alimentación ininterrumpida.</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>Failed objects:</source>
        <translation>Objetos fallidos:</translation>
    </message>
    <message>
        <source>Racks lost (failed):</source>
        <translation>Racks perdidos (fallidos):</translation>
    </message>
    <message>
        <source>Racks losing power:</source>
        <translation>Racks sin alimentación:</translation>
    </message>
    <message>
        <source>Racks losing cooling:</source>
        <translation>Racks sin refrigeración:</translation>
    </message>
    <message>
        <source>Racks losing redundancy:</source>
        <translation>Racks sin redundancia:</translation>
    </message>
    <message>
        <source>Racks disconnected:</source>
        <translation>Racks desconectados:</translation>
    </message>
    <message>
        <source>Overloaded power nodes:</source>
        <translation>Nodos eléctricos sobrecargados:</translation>
    </message>
    <message>
        <source>Overloaded CDUs:</source>
        <translation>CDU sobrecargadas:</translation>
    </message>
    <message>
        <source>Heat rejection deficit:</source>
        <translation>Déficit de disipación de calor:</translation>
    </message>
    <message>
        <source>GPUs lost:</source>
        <translation>GPU perdidas:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Fabric bandwidth lost:</source>
        <translation>Ancho de banda de red perdido:</translation>
    </message>
    <message>
        <source>%1 Gb/s of %2 Gb/s bisection (%3 %)</source>
        <translation>%1 Gb/s de %2 Gb/s de bisección (%3 %)</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Supuestos:</translation>
    </message>
    <message>
        <source>rack load = catalog rack_power_kw (maximum draw)</source>
        <translation>carga del rack = rack_power_kw del catálogo (consumo máximo)</translation>
    </message>
    <message>
        <source>IT power factor %1 (reference-data.md 3.2, UNVERIFIED planning default)</source>
        <translation>factor de potencia de TI %1 (reference-data.md 3.2, valor de planificación SIN VERIFICAR)</translation>
    </message>
    <message>
        <source>a rack whose CDUs failed keeps running if the other CDUs of its hall/path group have spare capacity (assumes the loop can be re-valved to them)</source>
        <translation>un rack cuyas CDU han fallado sigue funcionando si las demás CDU de su grupo de sala/ruta tienen capacidad libre (supone que el circuito puede reconducirse hacia ellas con válvulas)</translation>
    </message>
    <message>
        <source>fabric bandwidth = bisection, half the smallest per-tier aggregate (derived)</source>
        <translation>ancho de banda de la red = bisección, la mitad del menor agregado por nivel (derivado)</translation>
    </message>
</context>
<context>
    <name>Inference</name>
    <message>
        <source>%1 tokens/s per user</source>
        <translation>%1 tokens/s por usuario</translation>
    </message>
    <message>
        <source>%1 scenario</source>
        <translation>escenario %1</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>calibrado</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>extrapolado</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>cómputo</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>ancho de banda de memoria</translation>
    </message>
    <message>
        <source>%1 x %2 GPU(s)</source>
        <translation>%1 x %2 GPU</translation>
    </message>
    <message>
        <source>%1 (%2 pipeline stages)</source>
        <translation>%1 (%2 etapas de pipeline)</translation>
    </message>
    <message>
        <source>%1, batch %2 per replica, %3 bound</source>
        <translation>%1, lote de %2 por réplica, limitado por %3</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>%1, %2 GPU(s)</source>
        <translation>%1, %2 GPU</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
    <message>
        <source>Tokens/s:</source>
        <translation>Tokens/s:</translation>
    </message>
    <message>
        <source>%1 (+/- %2 %, %3)</source>
        <translation>%1 (+/- %2 %, %3)</translation>
    </message>
    <message>
        <source>Tokens/s/GPU:</source>
        <translation>Tokens/s/GPU:</translation>
    </message>
    <message>
        <source>Tokens/s/user:</source>
        <translation>Tokens/s/usuario:</translation>
    </message>
    <message>
        <source>p99 TTFT:</source>
        <translation>TTFT p99:</translation>
    </message>
    <message>
        <source>p99 TPOT:</source>
        <translation>TPOT p99:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Réplicas:</translation>
    </message>
    <message>
        <source>Pareto curve (tokens/s per GPU against tokens/s per user):</source>
        <translation>Curva de Pareto (tokens/s por GPU frente a tokens/s por usuario):</translation>
    </message>
    <message>
        <source>tok/s/user</source>
        <translation>tok/s/usuario</translation>
    </message>
    <message>
        <source>tok/s/GPU</source>
        <translation>tok/s/GPU</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>GPUs/replica</source>
        <translation>GPU/réplica</translation>
    </message>
    <message>
        <source>p99 TTFT ms</source>
        <translation>TTFT p99 ms</translation>
    </message>
    <message>
        <source>p99 TPOT ms</source>
        <translation>TPOT p99 ms</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Supuestos:</translation>
    </message>
    <message>
        <source>Rubin HBM4 bandwidth taken as 13 TB/s (GTC-2025 figure; 2026 articles say 22 TB/s; conflicting, UNVERIFIED) (assumption)</source>
        <translation>ancho de banda HBM4 de Rubin tomado como 13 TB/s (cifra del GTC 2025; artículos de 2026 dicen 22 TB/s; contradictorio, NO VERIFICADO) (supuesto)</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; FP4 peak %2 PFLOPS is NVIDIA&apos;s NVFP4 inference figure, not a dense datasheet value (claim)</source>
        <translation>el pico FP4 de %2 PFLOPS de la GPU &apos;%1&apos; es la cifra de inferencia NVFP4 de NVIDIA, no un valor denso de hoja de datos (declaración)</translation>
    </message>
    <message>
        <source>Rubin FP8 peak %1 PFLOPS derived from the NVL144 rack figure of 1.2 EF (assumption)</source>
        <translation>pico FP8 de Rubin de %1 PFLOPS derivado de la cifra de 1,2 EF del rack NVL144 (supuesto)</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; BF16 peak taken as half its FP8 peak (assumption)</source>
        <translation>pico BF16 de la GPU &apos;%1&apos; tomado como la mitad de su pico FP8 (supuesto)</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; has no FP4 tensor cores; FP4 request estimated at FP8 (1 byte per weight, FP8 peak) (assumption)</source>
        <translation>la GPU &apos;%1&apos; no tiene tensor cores FP4; la petición en FP4 se estima en FP8 (1 byte por peso, pico FP8) (supuesto)</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; NVLink bandwidth derived from the rack total (%2 GB/s per GPU) (assumption)</source>
        <translation>ancho de banda NVLink de la GPU &apos;%1&apos; derivado del total del rack (%2 GB/s por GPU) (supuesto)</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; has no NVLink figure; 900 GB/s assumed (assumption)</source>
        <translation>la GPU &apos;%1&apos; no tiene cifra de NVLink; se suponen 900 GB/s (supuesto)</translation>
    </message>
    <message>
        <source>even one user gets only %1 tokens/s, below the %2 asked; estimate shown at batch 1</source>
        <translation>incluso un solo usuario obtiene solo %1 tokens/s, por debajo de los %2 pedidos; estimación mostrada con lote 1</translation>
    </message>
    <message>
        <source>the %1 p99 limits (TTFT %2 ms, TPOT %3 ms) cannot be met even at batch 1; estimate shown at batch 1</source>
        <translation>los límites p99 de %1 (TTFT %2 ms, TPOT %3 ms) no se cumplen ni con lote 1; estimación mostrada con lote 1</translation>
    </message>
    <message>
        <source>%1 GPU(s) idle: %2 is not a multiple of the %3-GPU model replica</source>
        <translation>%1 GPU ociosa(s): %2 no es múltiplo de la réplica del modelo de %3 GPU</translation>
    </message>
    <message>
        <source>model replica spans %1 GPUs as %2 pipeline stages of %3 (one NVLink domain each), activations over %4 Gb/s NICs, %5 us per hop (assumption)</source>
        <translation>la réplica del modelo ocupa %1 GPU en %2 etapas de pipeline de %3 (un dominio NVLink cada una), activaciones por NIC de %4 Gb/s, %5 us por salto (supuesto)</translation>
    </message>
    <message>
        <source>disaggregated prefill: %1 prefill GPU(s) per decode replica, sized to %2 % utilisation (assumption); KV sent over the scale-out NICs</source>
        <translation>prefill desagregado: %1 GPU de prefill por réplica de decodificación, dimensionadas para un %2 % de utilización (supuesto); la KV se envía por las NIC de scale-out</translation>
    </message>
    <message>
        <source>speculative decoding: %1 draft token(s) per step at acceptance %2 = %3 tokens per step per user</source>
        <translation>decodificación especulativa: %1 token(s) borrador por paso con aceptación %2 = %3 tokens por paso por usuario</translation>
    </message>
    <message>
        <source>offline: no latency limit; p99 TTFT shown at the prefill utilisation the batch implies (at most %1 %)</source>
        <translation>offline: sin límite de latencia; TTFT p99 mostrado a la utilización de prefill que implica el lote (como máximo %1 %)</translation>
    </message>
    <message>
        <source>each user gets at least %1 output tokens/s (1000 / mean TPOT); p99 TTFT reported, not limited</source>
        <translation>cada usuario obtiene al menos %1 tokens de salida/s (1000 / TPOT medio); TTFT p99 informado, no limitado</translation>
    </message>
    <message>
        <source>workload &apos;%1&apos;: %2 input tokens %3; %4 output tokens %5</source>
        <translation>carga de trabajo &apos;%1&apos;: %2 tokens de entrada %3; %4 tokens de salida %5</translation>
    </message>
    <message>
        <source>(given)</source>
        <translation>(indicado)</translation>
    </message>
    <message>
        <source>KV cache stored at %1 (%2 KiB per token) (assumption)</source>
        <translation>caché KV almacenada en %1 (%2 KiB por token) (supuesto)</translation>
    </message>
    <message>
        <source>KV cache stored at %1 (%2 KiB per token)</source>
        <translation>caché KV almacenada en %1 (%2 KiB por token)</translation>
    </message>
    <message>
        <source>p99 TTFT from an M/G/1 queue on the prefill channel (utilisation %1 %) plus the p99 prompt (%2x the mean, assumption) in %3-token step budget</source>
        <translation>TTFT p99 de una cola M/G/1 en el canal de prefill (utilización %1 %) más el prompt p99 (%2x la media, supuesto) con un presupuesto de paso de %3 tokens</translation>
    </message>
    <message>
        <source>+/-%1 %: cross-validated median error (leave one system / one MLPerf round out)</source>
        <translation>+/-%1 %: error mediano con validación cruzada (dejando fuera un sistema / una ronda de MLPerf)</translation>
    </message>
    <message>
        <source>; GPU &apos;%1&apos; or model &apos;%2&apos; is outside the MLPerf rows: extrapolated, the error may be larger</source>
        <translation>; la GPU &apos;%1&apos; o el modelo &apos;%2&apos; están fuera de las filas de MLPerf: extrapolado, el error puede ser mayor</translation>
    </message>
    <message>
        <source>KV offload: no host-memory figures for system &apos;%1&apos;; KV kept in HBM</source>
        <translation>descarga de KV: no hay cifras de memoria del host para el sistema &apos;%1&apos;; la KV se queda en la HBM</translation>
    </message>
    <message>
        <source>KV offload used: %1 GB of KV per replica in host memory (%2), read in %3 ms per step; %4 tokens/s against %5 in HBM alone</source>
        <translation>descarga de KV usada: %1 GB de KV por réplica en la memoria del host (%2), leídos en %3 ms por paso; %4 tokens/s frente a %5 solo con HBM</translation>
    </message>
    <message>
        <source>KV offload not used: %1 GB of KV per replica in host memory (%2) would take %3 ms per step and give %4 tokens/s against %5 in HBM alone</source>
        <translation>descarga de KV no usada: %1 GB de KV por réplica en la memoria del host (%2) llevarían %3 ms por paso y darían %4 tokens/s frente a %5 solo con HBM</translation>
    </message>
    <message>
        <source>%1 of %2 layers use sliding-window attention (%3 tokens): KV and attention at %4 % of full attention</source>
        <translation>%1 de %2 capas usan atención de ventana deslizante (%3 tokens): KV y atención al %4 % de la atención completa</translation>
    </message>
    <message>
        <source>KV offload:</source>
        <translation>Descarga de KV:</translation>
    </message>
    <message>
        <source>used, %1 GB per replica in host memory, %2 ms per step on the host link</source>
        <translation>usada, %1 GB por réplica en la memoria del host, %2 ms por paso en el enlace con el host</translation>
    </message>
    <message>
        <source>not used (%1 GB per replica in host memory, %2 ms per step on the host link, would give %3 tokens/s)</source>
        <translation>no usada (%1 GB por réplica en la memoria del host, %2 ms por paso en el enlace con el host, daría %3 tokens/s)</translation>
    </message>
    <message>
        <source>KV offload not needed: the KV cache of the batch fits HBM</source>
        <translation>descarga de KV innecesaria: la caché KV del lote cabe en la HBM</translation>
    </message>
    <message>
        <source>not needed (the KV cache fits HBM)</source>
        <translation>innecesaria (la caché KV cabe en la HBM)</translation>
    </message>
    <message>
        <source>shared parameters: HBM bandwidth efficiency %1, MoE half-efficiency %3 tokens per expert, step overhead %4 ms, collective latency %5 us, link efficiency %6 (fitted to MLPerf v4.1/v5.1); tensor efficiency %2 at %7 (FP4 fitted, FP8/BF16 measured by Azure on GB200 FP8) (docs/estimation.md)</source>
        <translation>parámetros comunes: eficiencia de ancho de banda HBM %1, semieficiencia MoE %3 tokens por experto, sobrecoste por paso %4 ms, latencia colectiva %5 us, eficiencia de enlace %6 (ajustados a MLPerf v4.1/v5.1); eficiencia tensorial %2 en %7 (FP4 ajustada, FP8/BF16 medida por Azure en GB200 FP8) (docs/estimation.md)</translation>
    </message>
    <message>
        <source>expert parallel over %1 GPUs with data-parallel attention: each GPU holds the non-expert weights and its own sequences&apos; KV; a step waits for the GPU prefilling a prompt</source>
        <translation>paralelismo de expertos en %1 GPU con atención en paralelo de datos: cada GPU guarda los pesos no expertos y el KV de sus propias secuencias; cada paso espera a la GPU que precarga un prompt</translation>
    </message>
    <message>
        <source>%1 ms: overhead %2, GEMMs %3 (%4), attention %5 (%6), communication %7</source>
        <translation>%1 ms: sobrecarga %2, GEMM %3 (%4), atención %5 (%6), comunicación %7</translation>
    </message>
    <message>
        <source>%1, pipeline hops %2</source>
        <translation>%1, saltos de pipeline %2</translation>
    </message>
    <message>
        <source>%1, host-link KV read %2</source>
        <translation>%1, lectura de KV por el enlace al host %2</translation>
    </message>
    <message>
        <source>Mean step:</source>
        <translation>Paso medio:</translation>
    </message>
    <message>
        <source>p99 TTFT from an M/G/1 queue on the prefill channel (utilisation %1 %) plus the p99 prompt (%2x the mean, from the data set) in %3-token step budget</source>
        <translation>TTFT p99 de una cola M/G/1 en el canal de prefill (utilización %1 %) más el prompt p99 (%2x la media, del conjunto de datos) con un presupuesto de paso de %3 tokens</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>MonthName</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source> (base)</source>
        <translation> (base)</translation>
    </message>
    <message>
        <source>First token date</source>
        <translation>Fecha del primer token</translation>
    </message>
    <message>
        <source>Full capacity date</source>
        <translation>Fecha de plena capacidad</translation>
    </message>
    <message>
        <source>%1: cost %2</source>
        <translation>%1: coste %2</translation>
    </message>
    <message>
        <source>first token driven by: %1</source>
        <translation>primer token determinado por: %1</translation>
    </message>
    <message>
        <source>not computed: %1</source>
        <translation>no calculado: %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU racks</source>
        <translation>Racks de GPU</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>IT power (design)</source>
        <translation>Potencia de TI (diseño)</translation>
    </message>
    <message>
        <source>Facility power (design)</source>
        <translation>Potencia de la instalación (diseño)</translation>
    </message>
    <message>
        <source>PUE (design)</source>
        <translation>PUE (diseño)</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (anual)</translation>
    </message>
    <message>
        <source>Tokens/s, MLPerf scenario</source>
        <translation>Tokens/s, escenario MLPerf</translation>
    </message>
    <message>
        <source>Tokens/s at the per-user speed</source>
        <translation>Tokens/s a la velocidad por usuario</translation>
    </message>
    <message>
        <source>Per-user speed quoted</source>
        <translation>Velocidad por usuario ofertada</translation>
    </message>
    <message>
        <source>tokens/s per user</source>
        <translation>tokens/s por usuario</translation>
    </message>
    <message>
        <source>Tokens/s per MW</source>
        <translation>Tokens/s por MW</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>Coste por millón de tokens</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Opex per year</source>
        <translation>Opex anual</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Plena capacidad</translation>
    </message>
    <message>
        <source>Findings: errors</source>
        <translation>Hallazgos: errores</translation>
    </message>
    <message>
        <source>Findings: warnings</source>
        <translation>Hallazgos: avisos</translation>
    </message>
    <message>
        <source>Findings: infos</source>
        <translation>Hallazgos: informativos</translation>
    </message>
    <message>
        <source>base %1 (%2)</source>
        <translation>base %1 (%2)</translation>
    </message>
    <message>
        <source>range: %1</source>
        <translation>rango: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>--system: &apos;%1&apos; is not in the catalog (GPU systems: %2)</source>
        <translation>--system: «%1» no está en el catálogo (sistemas de GPU: %2)</translation>
    </message>
    <message>
        <source>--system: &apos;%1&apos; is a %2, not a GPU system (GPU systems: %3)</source>
        <translation>--system: «%1» es un %2, no un sistema de GPU (sistemas de GPU: %3)</translation>
    </message>
    <message>
        <source>the design has no GPU racks: there is nothing to swap</source>
        <translation>el diseño no tiene racks de GPU: no hay nada que cambiar</translation>
    </message>
    <message>
        <source>--system: every GPU rack of the design is %1 already</source>
        <translation>--system: todos los racks de GPU del diseño ya son %1</translation>
    </message>
    <message>
        <source>Busway capacity</source>
        <translation>Capacidad de blindobarras</translation>
    </message>
    <message>
        <source>CDU capacity</source>
        <translation>Capacidad de CDU</translation>
    </message>
    <message>
        <source>Floor rating</source>
        <translation>Resistencia del suelo</translation>
    </message>
    <message>
        <source>Grid connection (facility design power)</source>
        <translation>Conexión a red (potencia de diseño de la instalación)</translation>
    </message>
    <message>
        <source>UPS capacity</source>
        <translation>Capacidad de SAI</translation>
    </message>
    <message>
        <source>Transformer capacity</source>
        <translation>Capacidad de transformadores</translation>
    </message>
    <message>
        <source>Rack power shelf capacity</source>
        <translation>Capacidad de bandejas de potencia de rack</translation>
    </message>
    <message>
        <source>Power equipment capacity</source>
        <translation>Capacidad de equipos eléctricos</translation>
    </message>
    <message>
        <source>power</source>
        <translation>potencia</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>refrigeración</translation>
    </message>
    <message>
        <source>floor load</source>
        <translation>carga del suelo</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>hall rack rating</source>
        <translation>potencia por rack de la sala</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>Generation swap: %1 -&gt; %2 (%3)</source>
        <translation>Cambio de generación: %1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>every position</source>
        <translation>todas las posiciones</translation>
    </message>
    <message>
        <source>keep the plant</source>
        <translation>mantener la planta</translation>
    </message>
    <message>
        <source>GPU rack positions: %1; new racks placed: %2; dropped (the new footprint does not fit): %3; left empty for the plant: %4</source>
        <translation>Posiciones de rack de GPU: %1; racks nuevos colocados: %2; descartadas (la huella nueva no cabe): %3; vacías por la planta: %4</translation>
    </message>
    <message>
        <source>Limited by: %1</source>
        <translation>Limitado por: %1</translation>
    </message>
    <message>
        <source>nothing (every position holds a new rack)</source>
        <translation>nada (todas las posiciones tienen un rack nuevo)</translation>
    </message>
    <message>
        <source>New findings after the swap: none</source>
        <translation>Hallazgos nuevos tras el cambio: ninguno</translation>
    </message>
    <message>
        <source>New findings after the swap, by kind:</source>
        <translation>Hallazgos nuevos tras el cambio, por tipo:</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4 x; e.g. %5</source>
        <translation>%1 %2 (%3): %4 x; p. ej. %5</translation>
    </message>
    <message>
        <source>What must be added for every position to hold %1: nothing (busways, CDUs, floors and the grid connection suffice)</source>
        <translation>Lo que hay que añadir para que todas las posiciones tengan %1: nada (bastan las blindobarras, las CDU, los suelos y la conexión a red)</translation>
    </message>
    <message>
        <source>What must be added for every position to hold %1:</source>
        <translation>Lo que hay que añadir para que todas las posiciones tengan %1:</translation>
    </message>
    <message>
        <source>%1: %2 short by %3 %4 in total (largest %5 %4)</source>
        <translation>%1: %2 con un déficit total de %3 %4 (el mayor %5 %4)</translation>
    </message>
    <message>
        <source>%1: needs %2 %3, has %4 %3, short %5 %3</source>
        <translation>%1: necesita %2 %3, tiene %4 %3, faltan %5 %3</translation>
    </message>
    <message>
        <source>and %1 more (--format json lists them all)</source>
        <translation>y %1 más (--format json los lista todos)</translation>
    </message>
    <message>
        <source>Figures before and after the swap:</source>
        <translation>Cifras antes y después del cambio:</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>LV switchboard capacity</source>
        <translation>Capacidad de cuadros de BT</translation>
    </message>
    <message>
        <source>PDU and RPP capacity</source>
        <translation>Capacidad de PDU y RPP</translation>
    </message>
    <message>
        <source>colocation</source>
        <translation>colocation</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>build</source>
        <translation>construir</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>total cost of ownership: %1</source>
        <translation>coste total de propiedad: %1</translation>
    </message>
    <message>
        <source>Rent term / commitment</source>
        <translation>Plazo de alquiler / compromiso</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>TCO horizon</source>
        <translation>Horizonte del TCO</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>Coste total de propiedad</translation>
    </message>
    <message>
        <source>TCO paid before first token</source>
        <translation>TCO pagado antes del primer token</translation>
    </message>
    <message>
        <source>TCO per million tokens</source>
        <translation>TCO por millón de tokens</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>capex (build, as estimated)</source>
        <translation>capex (construir, según la estimación)</translation>
    </message>
    <message>
        <source>opex: electricity and facility O&amp;M</source>
        <translation>opex: electricidad y O&amp;M de la instalación</translation>
    </message>
    <message>
        <source>build: capex + opex x %1 years of operation; no residual value, no IT refresh</source>
        <translation>construir: capex + opex x %1 años de operación; sin valor residual, sin renovación de TI</translation>
    </message>
    <message>
        <source>the capex exclusions of the estimate</source>
        <translation>las exclusiones del capex de la estimación</translation>
    </message>
    <message>
        <source>residual value of the equipment at the end of the horizon</source>
        <translation>valor residual de los equipos al final del horizonte</translation>
    </message>
    <message>
        <source>IT refresh when the horizon exceeds the IT life</source>
        <translation>renovación de TI cuando el horizonte supera la vida de TI</translation>
    </message>
    <message>
        <source>staff and financing</source>
        <translation>personal y financiación</translation>
    </message>
    <message>
        <source>IT equipment bought (GPU systems, network, storage, spares)</source>
        <translation>equipos de TI comprados (sistemas de GPU, red, almacenamiento, repuestos)</translation>
    </message>
    <message>
        <source>colocation fit-out, one-off</source>
        <translation>acondicionamiento en colocation, único</translation>
    </message>
    <message>
        <source>colocation fee</source>
        <translation>cuota de colocation</translation>
    </message>
    <message>
        <source>electricity passed through (design energy)</source>
        <translation>electricidad repercutida (energía del diseño)</translation>
    </message>
    <message>
        <source>colocation: IT equipment + fit-out + fee per kW of IT design power x %1 months (term or horizon, the longer) + electricity at the design&apos;s annual energy</source>
        <translation>colocation: equipos de TI + acondicionamiento + cuota por kW de potencia de TI de diseño x %1 meses (plazo u horizonte, el mayor) + electricidad a la energía anual del diseño</translation>
    </message>
    <message>
        <source>residual value of the IT equipment</source>
        <translation>valor residual de los equipos de TI</translation>
    </message>
    <message>
        <source>remote hands, cross-connects and network transit</source>
        <translation>manos remotas, conexiones cruzadas y tránsito de red</translation>
    </message>
    <message>
        <source>cloud: every GPU of the design reserved for %1 months (commitment or horizon, the longer), 730 hours a month; energy, facility and IT included in the price</source>
        <translation>nube: todas las GPU del diseño reservadas durante %1 meses (compromiso u horizonte, el mayor), 730 horas al mes; energía, instalación y TI incluidas en el precio</translation>
    </message>
    <message>
        <source>data transfer (egress) and storage beyond the instances</source>
        <translation>transferencia de datos (salida) y almacenamiento aparte de las instancias</translation>
    </message>
    <message>
        <source>software and support beyond the instance price</source>
        <translation>software y soporte aparte del precio de la instancia</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>GPU-hours, %1</source>
        <translation>horas de GPU, %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Design views</source>
        <translation>Vistas del diseño</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refrigeración</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Validation findings</source>
        <translation>Hallazgos de validación</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Estimaciones</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Lista de materiales</translation>
    </message>
    <message>
        <source>Assumptions ledger</source>
        <translation>Registro de supuestos</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>USD (the catalog&apos;s price currency; requested %1 has no exchange rate in the project)</source>
        <translation>USD (la moneda de precios del catálogo; la solicitada, %1, no tiene tipo de cambio en el proyecto)</translation>
    </message>
    <message>
        <source>, price date not stated</source>
        <translation>, fecha de precios no indicada</translation>
    </message>
    <message>
        <source>, prices as of %1</source>
        <translation>, precios a %1</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>AI factory design proposal</source>
        <translation>Propuesta de diseño de fábrica de IA</translation>
    </message>
    <message>
        <source>%1 GPUs in %2 racks</source>
        <translation>%1 GPU en %2 racks</translation>
    </message>
    <message>
        <source>%1 MW IT</source>
        <translation>%1 MW de TI</translation>
    </message>
    <message>
        <source>first tokens %1</source>
        <translation>primeros tokens %1</translation>
    </message>
    <message>
        <source>Project / site</source>
        <translation>Proyecto / emplazamiento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Design file</source>
        <translation>Archivo de diseño</translation>
    </message>
    <message>
        <source>File version</source>
        <translation>Versión del archivo</translation>
    </message>
    <message>
        <source>Serving model / scenario</source>
        <translation>Modelo servido / escenario</translation>
    </message>
    <message>
        <source>Figures marked as estimates carry the error bands of the estimation engine. Catalog figures that are secondary, unverified or assumed are listed in the assumptions ledger at the end of this report.</source>
        <translation>Las cifras marcadas como estimaciones llevan las bandas de error del motor de estimación. Las cifras del catálogo secundarias, no verificadas o supuestas se listan en el registro de supuestos al final de este informe.</translation>
    </message>
    <message>
        <source>Risk: validation reports %1 error(s) and %2 warning(s)</source>
        <translation>Riesgo: la validación informa de %1 error(es) y %2 aviso(s)</translation>
    </message>
    <message>
        <source>; errors must be resolved before the design can be built as drawn.</source>
        <translation>; hay que resolver los errores antes de poder construir el diseño tal como está dibujado.</translation>
    </message>
    <message>
        <source>First tokens</source>
        <translation>Primeros tokens</translation>
    </message>
    <message>
        <source>schedule engine</source>
        <translation>motor de cronograma</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Plena capacidad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Solución propuesta</translation>
    </message>
    <message>
        <source>Not available in this report</source>
        <translation>No disponible en este informe</translation>
    </message>
    <message>
        <source>3D view of the site (render supplied by the application)</source>
        <translation>Vista 3D del emplazamiento (render proporcionado por la aplicación)</translation>
    </message>
    <message>
        <source>Drawn view: this axonometric view is drawn from the design&apos;s geometry because no OpenGL context is available in the command-line tool; the application can supply its 3D render instead.</source>
        <translation>Vista dibujada: esta vista axonométrica se dibuja a partir de la geometría del diseño porque la herramienta de línea de órdenes no dispone de contexto OpenGL; la aplicación puede proporcionar en su lugar su render 3D.</translation>
    </message>
    <message>
        <source>Axonometric view of the site from the south-west</source>
        <translation>Vista axonométrica del emplazamiento desde el suroeste</translation>
    </message>
    <message>
        <source>Floor plan of %1, dimensioned, north up</source>
        <translation>Planta de %1, acotada, norte arriba</translation>
    </message>
    <message>
        <source>The design has no halls.</source>
        <translation>El diseño no tiene salas.</translation>
    </message>
    <message>
        <source>Single-line diagram, path %1</source>
        <translation>Esquema unifilar, ruta %1</translation>
    </message>
    <message>
        <source>Single-line diagram</source>
        <translation>Esquema unifilar</translation>
    </message>
    <message>
        <source>Power equipment by group</source>
        <translation>Equipos de potencia por grupo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Potencia nominal</translation>
    </message>
    <message>
        <source>Connected load</source>
        <translation>Carga conectada</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>Cooling loops: heat rejection, facility water, CDUs, technology loop, racks and air handlers</source>
        <translation>Circuitos de refrigeración: disipación de calor, agua de la instalación, CDU, circuito tecnológico, racks y climatizadores</translation>
    </message>
    <message>
        <source>Cooling figures</source>
        <translation>Cifras de refrigeración</translation>
    </message>
    <message>
        <source>Rack heat (nameplate)</source>
        <translation>Calor de los racks (placa)</translation>
    </message>
    <message>
        <source>Heat to liquid</source>
        <translation>Calor al líquido</translation>
    </message>
    <message>
        <source>Heat to air</source>
        <translation>Calor al aire</translation>
    </message>
    <message>
        <source>Heat rejection capacity (%1 units)</source>
        <translation>Capacidad de disipación de calor (%1 unidades)</translation>
    </message>
    <message>
        <source>CDU capacity (%1 units)</source>
        <translation>Capacidad de CDU (%1 unidades)</translation>
    </message>
    <message>
        <source>Air handler capacity (%1 units)</source>
        <translation>Capacidad de climatizadores (%1 unidades)</translation>
    </message>
    <message>
        <source>Technology loop flow</source>
        <translation>Caudal del circuito tecnológico</translation>
    </message>
    <message>
        <source>Facility loop flow</source>
        <translation>Caudal del circuito de la instalación</translation>
    </message>
    <message>
        <source>Facility / technology pipe</source>
        <translation>Tubería de instalación / tecnológica</translation>
    </message>
    <message>
        <source>Compute fabric: %1, %2 tier(s)%3, oversubscription %4:1 (declared %5 tiers).</source>
        <translation>Fabric de cómputo: %1, %2 nivel(es)%3, sobresuscripción %4:1 (declarados %5 niveles).</translation>
    </message>
    <message>
        <source>, rail-optimised</source>
        <translation>, optimizado por raíles</translation>
    </message>
    <message>
        <source>Fabric tiers (up to ten units drawn per tier)</source>
        <translation>Niveles del fabric (se dibujan hasta diez unidades por nivel)</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Tier / role</source>
        <translation>Nivel / función</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Compute tier %1</source>
        <translation>Nivel de cómputo %1</translation>
    </message>
    <message>
        <source>Storage / in-band</source>
        <translation>Almacenamiento / en banda</translation>
    </message>
    <message>
        <source>Out-of-band</source>
        <translation>Fuera de banda</translation>
    </message>
    <message>
        <source>Links by medium and length band</source>
        <translation>Enlaces por medio y tramo de longitud</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Length band</source>
        <translation>Tramo de longitud</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Optical link ends (transceiver ports)</source>
        <translation>Extremos de enlaces ópticos (puertos de transceptor)</translation>
    </message>
    <message>
        <source>two per optical link</source>
        <translation>dos por enlace óptico</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Hallazgos por gravedad</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>No findings: the design passes every validation rule.</source>
        <translation>Sin hallazgos: el diseño cumple todas las reglas de validación.</translation>
    </message>
    <message>
        <source>%1 from %2, grouped by rule: the count, the first %3 findings of each rule (with the objects they name) and the suggested fix. The application and aifp-cli validate list every finding.</source>
        <translation>%1 de %2, agrupados por regla: el número, los %3 primeros hallazgos de cada regla (con los objetos que nombran) y la solución propuesta. La aplicación y aifp-cli validate listan todos los hallazgos.</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>hallazgo</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>reglas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>First findings</source>
        <translation>Primeros hallazgos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
    <message>
        <source>Facility power breakdown</source>
        <translation>Desglose de la potencia de la instalación</translation>
    </message>
    <message>
        <source>Capital cost breakdown</source>
        <translation>Desglose del coste de capital</translation>
    </message>
    <message>
        <source>Throughput, %1 (%2), with error band</source>
        <translation>Rendimiento, %1 (%2), con banda de error</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens por segundo</translation>
    </message>
    <message>
        <source>Estimate figures with error bands</source>
        <translation>Cifras estimadas con bandas de error</translation>
    </message>
    <message>
        <source>Assumptions of the estimate</source>
        <translation>Supuestos de la estimación</translation>
    </message>
    <message>
        <source>First token in %1 weeks (%2); full capacity in %3 weeks (%4). First token is driven by %5.</source>
        <translation>Primer token en %1 semanas (%2); plena capacidad en %3 semanas (%4). El tiempo hasta el primer token lo determina %5.</translation>
    </message>
    <message>
        <source>Fast-track paths: what each lever would buy (weeks from the programme start)</source>
        <translation>Vías rápidas: lo que aportaría cada palanca (semanas desde el inicio del programa)</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Earlier by</source>
        <translation>Adelanto</translation>
    </message>
    <message>
        <source>Added cost</source>
        <translation>Coste añadido</translation>
    </message>
    <message>
        <source>Driver of first token</source>
        <translation>Determinante del primer token</translation>
    </message>
    <message>
        <source> wk</source>
        <translation> sem</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>Gantt chart (critical path in red)</source>
        <translation>Diagrama de Gantt (ruta crítica en rojo)</translation>
    </message>
    <message>
        <source>Ramp by date: MW energised and GPUs online</source>
        <translation>Rampa por fecha: MW energizados y GPU en servicio</translation>
    </message>
    <message>
        <source>Capacity ramp by date</source>
        <translation>Rampa de capacidad por fecha</translation>
    </message>
    <message>
        <source>Capacity ramp</source>
        <translation>Rampa de capacidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>MW energised</source>
        <translation>MW energizados</translation>
    </message>
    <message>
        <source>GPUs online</source>
        <translation>GPU en servicio</translation>
    </message>
    <message>
        <source>Share of GPUs</source>
        <translation>Proporción de GPU</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>Tokens/s de salida</translation>
    </message>
    <message>
        <source>Output tokens/s scale the estimate at full capacity (%1) by the share of GPUs online: same model, scenario and utilisation.</source>
        <translation>Los tokens/s de salida escalan la estimación a plena capacidad (%1) según la proporción de GPU en servicio: mismo modelo, escenario y utilización.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Id de catálogo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>Fuente del precio</translation>
    </message>
    <message>
        <source>The design contains no equipment.</source>
        <translation>El diseño no contiene equipos.</translation>
    </message>
    <message>
        <source>Total of priced lines: %1</source>
        <translation>Total de las partidas con precio: %1</translation>
    </message>
    <message>
        <source>Total of priced lines: %1 (some lines have no unit price; see their price source).</source>
        <translation>Total de las partidas con precio: %1 (algunas partidas no tienen precio unitario; vea su fuente del precio).</translation>
    </message>
    <message>
        <source>Every catalog figure of the equipment this design uses whose confidence is secondary (third-party page quoting the vendor), claim, unverified or a planning assumption, with its source. These figures are not datasheet facts; confirm them with the vendors before committing.</source>
        <translation>Todas las cifras del catálogo de los equipos que usa este diseño cuya confianza es secundaria (página de terceros que cita al fabricante), declaración, no verificada o un supuesto de planificación, con su fuente. Estas cifras no son datos de hojas técnicas; confírmelas con los fabricantes antes de comprometerse.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>The design relies on no such figure.</source>
        <translation>El diseño no depende de ninguna cifra así.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>AI factory, data centre, proposal</source>
        <translation>fábrica de IA, centro de datos, propuesta</translation>
    </message>
    <message>
        <source>: unknown report format (use .pdf or .html)</source>
        <translation>: formato de informe desconocido (use .pdf o .html)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>rack positions in the design</source>
        <translation>posiciones de rack en el diseño</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>racks x catalog gpus_per_rack</source>
        <translation>racks x gpus_per_rack del catálogo</translation>
    </message>
    <message>
        <source>IT load (design)</source>
        <translation>Carga de TI (diseño)</translation>
    </message>
    <message>
        <source>Facility power (design)</source>
        <translation>Potencia de la instalación (diseño)</translation>
    </message>
    <message>
        <source>PUE (design)</source>
        <translation>PUE (diseño)</translation>
    </message>
    <message>
        <source>estimation engine (docs/estimation.md)</source>
        <translation>motor de estimación (docs/estimation.md)</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>Tokens por segundo de salida</translation>
    </message>
    <message>
        <source>Time to first token (p99)</source>
        <translation>Tiempo hasta el primer token (p99)</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>Coste de capital</translation>
    </message>
    <message>
        <source>unit prices x quantities (see bill of materials)</source>
        <translation>precios unitarios x cantidades (vea la lista de materiales)</translation>
    </message>
    <message>
        <source>Cost per million tokens</source>
        <translation>Coste por millón de tokens</translation>
    </message>
    <message>
        <source>GPU racks x catalog gpus_per_rack</source>
        <translation>racks de GPU x gpus_per_rack del catálogo</translation>
    </message>
    <message>
        <source>GPU systems</source>
        <translation>Sistemas de GPU</translation>
    </message>
    <message>
        <source>catalog systems_per_rack</source>
        <translation>systems_per_rack del catálogo</translation>
    </message>
    <message>
        <source>racks at catalog rack_power_kw + network, optics, storage, management</source>
        <translation>racks a rack_power_kw del catálogo + red, óptica, almacenamiento, gestión</translation>
    </message>
    <message>
        <source>IT load (typical)</source>
        <translation>Carga de TI (típica)</translation>
    </message>
    <message>
        <source>racks at catalog typical_power_fraction + the same gear</source>
        <translation>racks a typical_power_fraction del catálogo + los mismos equipos</translation>
    </message>
    <message>
        <source>Network switches</source>
        <translation>Switches de red</translation>
    </message>
    <message>
        <source>Optics</source>
        <translation>Óptica</translation>
    </message>
    <message>
        <source>Storage and management nodes</source>
        <translation>Nodos de almacenamiento y gestión</translation>
    </message>
    <message>
        <source>Heat rejection power (design)</source>
        <translation>Potencia de disipación de calor (diseño)</translation>
    </message>
    <message>
        <source>at the design ambient</source>
        <translation>a la temperatura exterior de diseño</translation>
    </message>
    <message>
        <source>CDU pump power (design)</source>
        <translation>Potencia de bombeo de las CDU (diseño)</translation>
    </message>
    <message>
        <source>Air fan power (design)</source>
        <translation>Potencia de ventiladores de aire (diseño)</translation>
    </message>
    <message>
        <source>UPS losses (design)</source>
        <translation>Pérdidas de SAI (diseño)</translation>
    </message>
    <message>
        <source>UPS efficiency curve at load</source>
        <translation>curva de rendimiento del SAI con la carga</translation>
    </message>
    <message>
        <source>Transformer losses (design)</source>
        <translation>Pérdidas de transformadores (diseño)</translation>
    </message>
    <message>
        <source>no-load + load losses</source>
        <translation>pérdidas en vacío + en carga</translation>
    </message>
    <message>
        <source>HV substation losses (design)</source>
        <translation>Pérdidas de la subestación de AT (diseño)</translation>
    </message>
    <message>
        <source>Facility power (typical)</source>
        <translation>Potencia de la instalación (típica)</translation>
    </message>
    <message>
        <source>facility design / IT design</source>
        <translation>instalación de diseño / TI de diseño</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (anual)</translation>
    </message>
    <message>
        <source>Tokens per second per MW</source>
        <translation>Tokens por segundo por MW</translation>
    </message>
    <message>
        <source>per MW of facility power at typical load</source>
        <translation>por MW de potencia de la instalación con carga típica</translation>
    </message>
    <message>
        <source>Energy per token</source>
        <translation>Energía por token</translation>
    </message>
    <message>
        <source>Time per output token (p99)</source>
        <translation>Tiempo por token de salida (p99)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>assumed average load</source>
        <translation>carga media supuesta</translation>
    </message>
    <message>
        <source>Annual tokens</source>
        <translation>Tokens anuales</translation>
    </message>
    <message>
        <source>Operating cost per year</source>
        <translation>Coste de operación anual</translation>
    </message>
    <message>
        <source>energy + O&amp;M</source>
        <translation>energía + O&amp;M</translation>
    </message>
    <message>
        <source>Per-user speed quoted</source>
        <translation>Velocidad por usuario indicada</translation>
    </message>
    <message>
        <source>The design has no halls or equipment to draw.</source>
        <translation>El diseño no tiene salas ni equipos que dibujar.</translation>
    </message>
    <message>
        <source>%1 racks</source>
        <translation>racks %1</translation>
    </message>
    <message>
        <source>power equipment</source>
        <translation>equipos de potencia</translation>
    </message>
    <message>
        <source>cooling equipment</source>
        <translation>equipos de refrigeración</translation>
    </message>
    <message>
        <source>network switches</source>
        <translation>switches de red</translation>
    </message>
    <message>
        <source>%1 error: figures assume missing plant (see %2)</source>
        <translation>%1 error: las cifras suponen equipos que faltan (véase %2)</translation>
    </message>
    <message>
        <source>%1 errors: figures assume missing plant (see %2)</source>
        <translation>%1 errores: las cifras suponen equipos que faltan (véase %2)</translation>
    </message>
    <message>
        <source>Floor plan of %1 halls with the same rack layout (%2), dimensioned, north up</source>
        <translation>Plano de planta de %1 salas con la misma disposición de racks (%2), acotado, norte arriba</translation>
    </message>
    <message>
        <source>Single-line diagram from the utility to the racks. Loads are the nameplate power of the racks each item feeds (catalog rack_power_kw), shared equally by paralleled units of a group that feed the same racks; percentages compare that load with the item&apos;s kW rating. With 2N each path must carry the whole load on its own.</source>
        <translation>Esquema unifilar desde la acometida de la red hasta los racks. Las cargas son la potencia nominal de los racks que alimenta cada elemento (rack_power_kw del catálogo), repartida a partes iguales entre las unidades en paralelo de un grupo que alimentan los mismos racks; los porcentajes comparan esa carga con la potencia asignada en kW del elemento. Con 2N cada vía debe soportar por sí sola toda la carga.</translation>
    </message>
    <message>
        <source>, %1 racks of unknown systems</source>
        <translation>, %1 racks de sistemas desconocidos</translation>
    </message>
    <message>
        <source>%1 switches + %2 out-of-band</source>
        <translation>%1 switches + %2 fuera de banda</translation>
    </message>
    <message>
        <source>%1 transceivers at catalog power</source>
        <translation>%1 transceptores a la potencia del catálogo</translation>
    </message>
    <message>
        <source>%1 storage + %2 management nodes</source>
        <translation>%1 nodos de almacenamiento + %2 de gestión</translation>
    </message>
    <message>
        <source>Tokens per second at the per-user speed</source>
        <translation>Tokens por segundo a la velocidad por usuario</translation>
    </message>
    <message>
        <source>tokens/s at the per-user speed x utilisation x hours per year</source>
        <translation>tokens/s a la velocidad por usuario x utilización x horas al año</translation>
    </message>
    <message>
        <source>cold aisle</source>
        <translation>pasillo frío</translation>
    </message>
    <message>
        <source>hot aisle</source>
        <translation>pasillo caliente</translation>
    </message>
    <message>
        <source>one of %1 halls with this layout; counts per hall</source>
        <translation>una de %1 salas con esta disposición; cantidades por sala</translation>
    </message>
    <message>
        <source>clear height %1 m</source>
        <translation>altura libre %1 m</translation>
    </message>
    <message>
        <source>The design has no compute fabric switches.</source>
        <translation>El diseño no tiene switches del fabric de cómputo.</translation>
    </message>
    <message>
        <source>Leaf (tier 1)</source>
        <translation>Leaf (nivel 1)</translation>
    </message>
    <message>
        <source>Spine (tier 2)</source>
        <translation>Spine (nivel 2)</translation>
    </message>
    <message>
        <source>Core (tier 3)</source>
        <translation>Core (nivel 3)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Schedule start date &apos;%1&apos; is not an ISO date</source>
        <translation>La fecha de inicio del cronograma «%1» no es una fecha ISO</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>critical path (zero float)</source>
        <translation>ruta crítica (holgura nula)</translation>
    </message>
    <message>
        <source>activity with float</source>
        <translation>actividad con holgura</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>no ramp data</source>
        <translation>sin datos de rampa</translation>
    </message>
    <message>
        <source>ramp dates are not ISO dates</source>
        <translation>las fechas de la rampa no son fechas ISO</translation>
    </message>
    <message>
        <source>MW energised (left axis)</source>
        <translation>MW energizados (eje izq.)</translation>
    </message>
    <message>
        <source>GPUs online (right axis)</source>
        <translation>GPU en servicio (eje der.)</translation>
    </message>
    <message>
        <source>Tokens/s at the last step: %1 (%2 GPUs, %3)</source>
        <translation>Tokens/s en el último paso: %1 (%2 GPU, %3)</translation>
    </message>
    <message>
        <source>The design has no power equipment: no single-line diagram to draw.</source>
        <translation>El diseño no tiene equipos eléctricos: no hay esquema unifilar que dibujar.</translation>
    </message>
    <message>
        <source>Path %1</source>
        <translation>Vía %1</translation>
    </message>
    <message>
        <source>schema version %1, %2 bytes</source>
        <translation>versión de esquema %1, %2 bytes</translation>
    </message>
    <message>
        <source>; annual: </source>
        <translation>; anual: </translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 actividades</translation>
    </message>
    <message>
        <source>, summarised to %1 rows by hall</source>
        <translation>, resumidas en %1 filas por sala</translation>
    </message>
    <message>
        <source>, summarised to %1 rows by hall and phase</source>
        <translation>, resumidas en %1 filas por sala y fase</translation>
    </message>
    <message>
        <source>Programme start %1, finish %2. First tokens %3; full capacity %4. %5.</source>
        <translation>Inicio del programa %1, fin %2. Primeros tokens %3; plena capacidad %4. %5.</translation>
    </message>
    <message>
        <source>Gantt chart (critical path in red), part %1 of %2</source>
        <translation>Diagrama de Gantt (ruta crítica en rojo), parte %1 de %2</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>aprovisionamiento</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>construcción</translation>
    </message>
    <message>
        <source>commissioning</source>
        <translation>puesta en marcha</translation>
    </message>
    <message>
        <source>phase on the critical path (hall and site rows)</source>
        <translation>fase en la ruta crítica (filas de sala y de emplazamiento)</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Path %1 (linked equipment)</source>
        <translation>Vía %1 (equipos enlazados)</translation>
    </message>
    <message>
        <source>procurement (long lead)</source>
        <translation>aprovisionamiento (plazo largo)</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>instalación</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>entregas</translation>
    </message>
    <message>
        <source>site works</source>
        <translation>obras del emplazamiento</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
    <message>
        <source>building shell</source>
        <translation>envolvente del edificio</translation>
    </message>
    <message>
        <source>fit-out</source>
        <translation>acondicionamiento</translation>
    </message>
    <message>
        <source>energisation</source>
        <translation>energización</translation>
    </message>
    <message>
        <source>burn-in</source>
        <translation>burn-in</translation>
    </message>
    <message>
        <source>bring-up and burn-in</source>
        <translation>arranque y burn-in</translation>
    </message>
    <message>
        <source>switchover to the grid</source>
        <translation>paso a la red</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Cronograma: %1</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>Resumen para la decisión</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>Opciones comparadas</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>%1 (%2 weeks)</source>
        <translation>%1 (%2 semanas)</translation>
    </message>
    <message>
        <source>Option “%1”, one of %2 variants (see %3).</source>
        <translation>Opción «%1», una de %2 variantes (véase %3).</translation>
    </message>
    <message>
        <source>Option “%1”.</source>
        <translation>Opción «%1».</translation>
    </message>
    <message>
        <source>%1 GPUs produce an estimated %2; %3 per MW of facility power.</source>
        <translation>%1 GPU producen unos %2 estimados; %3 por MW de potencia de la instalación.</translation>
    </message>
    <message>
        <source>At the quoted service level of %1 per user the factory serves %2.</source>
        <translation>Al nivel de servicio ofertado de %1 por usuario, la fábrica sirve %2.</translation>
    </message>
    <message>
        <source>What the customer gets, what it costs, when</source>
        <translation>Qué recibe el cliente, cuánto cuesta, cuándo</translation>
    </message>
    <message>
        <source>in %1 racks</source>
        <translation>en %1 racks</translation>
    </message>
    <message>
        <source>%1 (%2), the estimate&apos;s error band</source>
        <translation>%1 (%2), banda de error de la estimación</translation>
    </message>
    <message>
        <source>Capital cost (range)</source>
        <translation>Coste de capital (rango)</translation>
    </message>
    <message>
        <source>the estimate; no range (no GPU price driver)</source>
        <translation>la estimación; sin rango (no hay factor de precio de GPU)</translation>
    </message>
    <message>
        <source>amortised capital cost and operating cost per year / annual tokens</source>
        <translation>coste de capital amortizado y coste de operación por año / tokens anuales</translation>
    </message>
    <message>
        <source>Grid capacity to contract</source>
        <translation>Capacidad de red a contratar</translation>
    </message>
    <message>
        <source>facility power at the design IT load and the design ambient</source>
        <translation>potencia de la instalación con la carga TI de diseño y la temperatura ambiente de diseño</translation>
    </message>
    <message>
        <source>schedule engine; driven by %1</source>
        <translation>motor de planificación; determinado por %1</translation>
    </message>
    <message>
        <source>The risk register was not computed (see %1).</source>
        <translation>No se calculó el registro de riesgos (véase %1).</translation>
    </message>
    <message>
        <source>Top risks (%1 of %2; the full register is in %3)</source>
        <translation>Riesgos principales (%1 de %2; el registro completo está en %3)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Probability / impact</source>
        <translation>Probabilidad / impacto</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No risk derived from the engines.</source>
        <translation>Los motores no derivan ningún riesgo.</translation>
    </message>
    <message>
        <source>%1 variants of this project, each estimated, scheduled and validated with its own settings (the figures of aifp-cli compare). Differences in brackets are to the base, %2.</source>
        <translation>%1 variantes de este proyecto, cada una estimada, planificada y validada con sus propios ajustes (las cifras de aifp-cli compare). Las diferencias entre paréntesis son respecto a la base, %2.</translation>
    </message>
    <message>
        <source> (base)</source>
        <translation> (base)</translation>
    </message>
    <message>
        <source>Compared figures</source>
        <translation>Cifras comparadas</translation>
    </message>
    <message>
        <source>Capital cost by variant</source>
        <translation>Coste de capital por variante</translation>
    </message>
    <message>
        <source>Facility power (design) by variant</source>
        <translation>Potencia de la instalación (diseño) por variante</translation>
    </message>
    <message>
        <source>Tokens per second per MW by variant</source>
        <translation>Tokens por segundo por MW por variante</translation>
    </message>
    <message>
        <source>First token by variant (weeks from the start)</source>
        <translation>Primer token por variante (semanas desde el inicio)</translation>
    </message>
    <message>
        <source>%1: not computed: %2</source>
        <translation>%1: no calculado: %2</translation>
    </message>
    <message>
        <source>The sensitivity was not computed (see %1).</source>
        <translation>No se calculó la sensibilidad (véase %1).</translation>
    </message>
    <message>
        <source>Each input swept over its range, one at a time (aifp-cli sensitivity); largest swing first.</source>
        <translation>Cada entrada recorre su rango, de una en una (aifp-cli sensitivity); la mayor variación primero.</translation>
    </message>
    <message>
        <source>Drivers: ranges, outputs at each end and where the range comes from</source>
        <translation>Factores: rangos, resultados en cada extremo y origen del rango</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Low – high</source>
        <translation>Bajo – alto</translation>
    </message>
    <message>
        <source>Output at low</source>
        <translation>Resultado en el bajo</translation>
    </message>
    <message>
        <source>Output at high</source>
        <translation>Resultado en el alto</translation>
    </message>
    <message>
        <source>Range basis</source>
        <translation>Origen del rango</translation>
    </message>
    <message>
        <source>Cost per million tokens (%1), base %2</source>
        <translation>Coste por millón de tokens (%1), base %2</translation>
    </message>
    <message>
        <source>First token (weeks from the start), base %1 weeks (%2)</source>
        <translation>Primer token (semanas desde el inicio), base %1 semanas (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Derived from the engines (aifp-cli risks), never typed by hand; score = probability (low 1 to certain 4) x impact (low 1 to high 3).</source>
        <translation>Derivado de los motores (aifp-cli risks), nunca escrito a mano; puntuación = probabilidad (bajo 1 a seguro 4) x impacto (bajo 1 a alto 3).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Category / probability</source>
        <translation>Categoría / probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Validation was not run for this report (see the decision summary for the reason).</source>
        <translation>La validación no se ha ejecutado para este informe (el motivo figura en el resumen para la decisión).</translation>
    </message>
    <message>
        <source>No estimate is available for this report (see the decision summary for the reason).</source>
        <translation>No hay estimación disponible para este informe (el motivo figura en el resumen para la decisión).</translation>
    </message>
    <message>
        <source>No schedule is available for this report (see the decision summary for the reason).</source>
        <translation>No hay cronograma disponible para este informe (el motivo figura en el resumen para la decisión).</translation>
    </message>
    <message>
        <source>input at the low end</source>
        <translation>entrada en el extremo bajo</translation>
    </message>
    <message>
        <source>input at the high end</source>
        <translation>entrada en el extremo alto</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>GPU system prices %1 % / %2 % (the sensitivity&apos;s GPU price driver, an assumption) on %3 of GPU systems; every other price as estimated</source>
        <translation>precios de los sistemas GPU %1 % / %2 % (el factor de precio de GPU de la sensibilidad, un supuesto) sobre %3 de sistemas GPU; el resto de precios según la estimación</translation>
    </message>
    <message>
        <source>supply %1</source>
        <translation>impulsión %1</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>retorno %1</translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>caudal %1</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>capacidad %1</translation>
    </message>
    <message>
        <source>load %1 %</source>
        <translation>carga %1 %</translation>
    </message>
    <message>
        <source>no capacity declared</source>
        <translation>sin capacidad declarada</translation>
    </message>
    <message>
        <source>%1 unit</source>
        <translation>%1 unidad</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>%1 m of pipe</source>
        <translation>%1 m de tubería</translation>
    </message>
    <message>
        <source>Heat rejection</source>
        <translation>Disipación de calor</translation>
    </message>
    <message>
        <source>%1 chillers / dry coolers</source>
        <translation>%1 enfriadoras / enfriadores secos</translation>
    </message>
    <message>
        <source>Facility water loop</source>
        <translation>Circuito de la instalación</translation>
    </message>
    <message>
        <source>CDUs</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>rated flow %1 L/min</source>
        <translation>caudal nominal %1 L/min</translation>
    </message>
    <message>
        <source>Technology loop</source>
        <translation>Circuito tecnológico</translation>
    </message>
    <message>
        <source>heat %1 (nameplate)</source>
        <translation>calor %1 (nominal)</translation>
    </message>
    <message>
        <source>to liquid %1</source>
        <translation>al líquido %1</translation>
    </message>
    <message>
        <source>to air %1</source>
        <translation>al aire %1</translation>
    </message>
    <message>
        <source>Air handlers</source>
        <translation>Climatizadores</translation>
    </message>
    <message>
        <source>air-side heat %1</source>
        <translation>calor al aire %1</translation>
    </message>
    <message>
        <source>Heat at nameplate rack power; liquid share and coolant flow per kW from the catalog (system ratings liquid_fraction, coolant_flow_lpm_per_kw).</source>
        <translation>Calor a la potencia nominal de los racks; fracción líquida y caudal de refrigerante por kW del catálogo (datos del sistema liquid_fraction, coolant_flow_lpm_per_kw).</translation>
    </message>
    <message>
        <source>Facility flow = liquid heat / (water density %1 kg/L x cp %2 kJ/kg K x delta-T) (reference-data.md 2.1). Heat flows right to left.</source>
        <translation>Caudal de la instalación = calor al líquido / (densidad del agua %1 kg/L x cp %2 kJ/kg K x delta-T) (reference-data.md 2.1). El calor fluye de derecha a izquierda.</translation>
    </message>
    <message>
        <source>%1 utility feed (power)</source>
        <translation>%1 acometida de la red (potencia)</translation>
    </message>
    <message>
        <source>%1 utility feeds (power)</source>
        <translation>%1 acometidas de la red (potencia)</translation>
    </message>
    <message>
        <source>%1 MV switchgear lineup (power)</source>
        <translation>%1 conjunto de aparamenta de MT (potencia)</translation>
    </message>
    <message>
        <source>%1 MV switchgear lineups (power)</source>
        <translation>%1 conjuntos de aparamenta de MT (potencia)</translation>
    </message>
    <message>
        <source>%1 transformer (power)</source>
        <translation>%1 transformador (potencia)</translation>
    </message>
    <message>
        <source>%1 transformers (power)</source>
        <translation>%1 transformadores (potencia)</translation>
    </message>
    <message>
        <source>%1 LV switchboard (power)</source>
        <translation>%1 cuadro de BT (potencia)</translation>
    </message>
    <message>
        <source>%1 LV switchboards (power)</source>
        <translation>%1 cuadros de BT (potencia)</translation>
    </message>
    <message>
        <source>%1 UPS (power)</source>
        <translation>%1 SAI (potencia)</translation>
    </message>
    <message>
        <source>%1 UPS units (power)</source>
        <translation>%1 SAI (potencia)</translation>
    </message>
    <message>
        <source>%1 generator (power)</source>
        <translation>%1 grupo electrógeno (potencia)</translation>
    </message>
    <message>
        <source>%1 generators (power)</source>
        <translation>%1 grupos electrógenos (potencia)</translation>
    </message>
    <message>
        <source>%1 PDU (power)</source>
        <translation>%1 PDU (potencia)</translation>
    </message>
    <message>
        <source>%1 PDUs (power)</source>
        <translation>%1 PDU (potencia)</translation>
    </message>
    <message>
        <source>%1 RPP (power)</source>
        <translation>%1 RPP (potencia)</translation>
    </message>
    <message>
        <source>%1 RPPs (power)</source>
        <translation>%1 RPP (potencia)</translation>
    </message>
    <message>
        <source>%1 chiller (cooling)</source>
        <translation>%1 enfriadora (refrigeración)</translation>
    </message>
    <message>
        <source>%1 chillers (cooling)</source>
        <translation>%1 enfriadoras (refrigeración)</translation>
    </message>
    <message>
        <source>%1 dry cooler (cooling)</source>
        <translation>%1 enfriador seco (refrigeración)</translation>
    </message>
    <message>
        <source>%1 dry coolers (cooling)</source>
        <translation>%1 enfriadores secos (refrigeración)</translation>
    </message>
    <message>
        <source>%1 manifold (cooling)</source>
        <translation>%1 colector (refrigeración)</translation>
    </message>
    <message>
        <source>%1 manifolds (cooling)</source>
        <translation>%1 colectores (refrigeración)</translation>
    </message>
    <message>
        <source>%1 air handler (cooling)</source>
        <translation>%1 climatizador (refrigeración)</translation>
    </message>
    <message>
        <source>%1 air handlers (cooling)</source>
        <translation>%1 climatizadores (refrigeración)</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aire</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>líquida</translation>
    </message>
    <message>
        <source>air and liquid</source>
        <translation>aire y líquida</translation>
    </message>
    <message>
        <source>cooling: %1, facility water %2</source>
        <translation>refrigeración: %1, agua de la instalación %2</translation>
    </message>
    <message>
        <source>%1 %2 racks (light blue edge: front)</source>
        <translation>%1 racks %2 (borde azul claro: frontal)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>sin filas</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 CDU</source>
        <translation>%1 CDU</translation>
    </message>
    <message>
        <source>%1 CDUs</source>
        <translation>%1 CDU</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>%1 switch (%2)</source>
        <translation>%1 switch (%2)</translation>
    </message>
    <message>
        <source>%1 switches (%2)</source>
        <translation>%1 switches (%2)</translation>
    </message>
    <message>
        <source>%1 busway route</source>
        <translation>%1 recorrido de blindobarra</translation>
    </message>
    <message>
        <source>%1 busway routes</source>
        <translation>%1 recorridos de blindobarra</translation>
    </message>
    <message>
        <source>unit prices x quantities in %1%2; excludes: %3</source>
        <translation>precios unitarios x cantidades en %1%2; excluye: %3</translation>
    </message>
    <message>
        <source>amortised capex + opex per year / annual tokens, %1</source>
        <translation>capex amortizado + opex al año / tokens al año, %1</translation>
    </message>
    <message>
        <source>Busways</source>
        <translation>Blindobarras</translation>
    </message>
    <message>
        <source>, %1+%2 modules</source>
        <translation>, %1+%2 módulos</translation>
    </message>
    <message>
        <source>load %1 kW max each</source>
        <translation>carga máx. %1 kW c/u</translation>
    </message>
    <message>
        <source>load %1 kW</source>
        <translation>carga %1 kW</translation>
    </message>
    <message>
        <source>no racks downstream</source>
        <translation>sin racks aguas abajo</translation>
    </message>
    <message>
        <source>Path %1 with the shared equipment. </source>
        <translation>Vía %1 con los equipos compartidos. </translation>
    </message>
    <message>
        <source>Power redundancy declared: %1. Identical equipment is drawn once with its count (x N).</source>
        <translation>Redundancia de potencia declarada: %1. Los equipos idénticos se dibujan una vez con su número (x N).</translation>
    </message>
    <message>
        <source>No link from this path&apos;s equipment reaches the racks directly.</source>
        <translation>Ningún enlace de los equipos de esta vía llega directamente a los racks.</translation>
    </message>
    <message>
        <source>x%1 racks</source>
        <translation>x%1 racks</translation>
    </message>
    <message>
        <source>nameplate load %1 kW (catalog rack power)</source>
        <translation>carga nominal %1 kW (potencia de rack del catálogo)</translation>
    </message>
    <message>
        <source>%1, %2-month term</source>
        <translation>%1, plazo de %2 meses</translation>
    </message>
    <message>
        <source>%1, %2-month commitment</source>
        <translation>%1, compromiso de %2 meses</translation>
    </message>
    <message>
        <source>Build or rent: total cost of ownership (TCO) from first token (rent prices and lead times: assumptions, docs/reference/rent-prices.md)</source>
        <translation>Construir o alquilar: coste total de propiedad (TCO) desde el primer token (precios y plazos del alquiler: supuestos, docs/reference/rent-prices.md)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>TCO over the horizon</source>
        <translation>TCO en el horizonte</translation>
    </message>
    <message>
        <source>Paid upfront</source>
        <translation>Pago por adelantado</translation>
    </message>
    <message>
        <source>this design</source>
        <translation>este diseño</translation>
    </message>
    <message>
        <source>same design, for contrast</source>
        <translation>el mismo diseño, como contraste</translation>
    </message>
    <message>
        <source>%1 over %2 years</source>
        <translation>%1 en %2 años</translation>
    </message>
    <message>
        <source>%1 more variants are in %2.</source>
        <translation>Otras %1 variantes están en %2.</translation>
    </message>
    <message>
        <source>Clusters (one independent compute fabric each)</source>
        <translation>Clústeres (cada uno con su propio fabric de cómputo independiente)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Fabric tiers</source>
        <translation>Niveles del fabric</translation>
    </message>
    <message>
        <source>Compute switches</source>
        <translation>Switches de cómputo</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Serving: %1</source>
        <translation>Servicio: %1</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>certain</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>long lead</source>
        <translation>plazo largo</translation>
    </message>
    <message>
        <source>design finding</source>
        <translation>hallazgo de diseño</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>nivel de servicio</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>fast track</source>
        <translation>vía rápida</translation>
    </message>
    <message>
        <source>Electrical design lead</source>
        <translation>Responsable de diseño eléctrico</translation>
    </message>
    <message>
        <source>Mechanical design lead</source>
        <translation>Responsable de diseño mecánico</translation>
    </message>
    <message>
        <source>Network architect</source>
        <translation>Arquitecto de red</translation>
    </message>
    <message>
        <source>Facility architect</source>
        <translation>Arquitecto de la instalación</translation>
    </message>
    <message>
        <source>Procurement lead</source>
        <translation>Responsable de compras</translation>
    </message>
    <message>
        <source>Solutions architect</source>
        <translation>Arquitecto de soluciones</translation>
    </message>
    <message>
        <source>Sales engineer</source>
        <translation>Ingeniero de ventas</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Gestor energético</translation>
    </message>
    <message>
        <source>%1, owner: %2</source>
        <translation>%1, responsable: %2</translation>
    </message>
    <message>
        <source>impact: %1</source>
        <translation>impacto: %1</translation>
    </message>
    <message>
        <source>mitigation: %1</source>
        <translation>mitigación: %1</translation>
    </message>
    <message>
        <source>no risks derived: no finding, no long lead that moves first token, no assumed driver that moves cost per token by 5 % or more</source>
        <translation>no se derivan riesgos: ningún hallazgo, ningún plazo largo que mueva el primer token, ningún factor supuesto que mueva el coste por token un 5 % o más</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>Late delivery: %1</source>
        <translation>Entrega tardía: %1</translation>
    </message>
    <message>
        <source>planned %1 weeks, range %2-%3 weeks (%4)</source>
        <translation>previstas %1 semanas, rango %2-%3 semanas (%4)</translation>
    </message>
    <message>
        <source>first token +%1 at %2 weeks</source>
        <translation>primer token +%1 con %2 semanas</translation>
    </message>
    <message>
        <source>reserve a manufacturing slot or order at design freeze; count owned or reserved units (aifp-cli schedule --on-site), prefab skids or bridging power</source>
        <translation>reservar un hueco de fabricación o pedir al congelar el diseño; contar con unidades propias o reservadas (aifp-cli schedule --on-site), skids prefabricados o energía puente</translation>
    </message>
    <message>
        <source>%1 (%2 findings)</source>
        <translation>%1 (%2 hallazgos)</translation>
    </message>
    <message>
        <source>the design does not work as drawn; figures assume the missing plant</source>
        <translation>el diseño no funciona tal como está dibujado; las cifras suponen la planta que falta</translation>
    </message>
    <message>
        <source>margin below the rule&apos;s threshold</source>
        <translation>margen por debajo del umbral de la regla</translation>
    </message>
    <message>
        <source>revise the design and validate again</source>
        <translation>revisar el diseño y volver a validarlo</translation>
    </message>
    <message>
        <source>Tokens/s differ from the estimate</source>
        <translation>Los tokens/s difieren de la estimación</translation>
    </message>
    <message>
        <source>the inference estimate has a +/- %1 % band, cross-validated on published results (docs/estimation.md)</source>
        <translation>la estimación de inferencia tiene una banda de +/- %1 %, con validación cruzada sobre resultados publicados (docs/estimation.md)</translation>
    </message>
    <message>
        <source>cost per million tokens %1 to %2 %3</source>
        <translation>coste por millón de tokens de %1 a %2 %3</translation>
    </message>
    <message>
        <source>benchmark the customer&apos;s model on the target system before committing prices; quote the range</source>
        <translation>medir el modelo del cliente en el sistema previsto antes de comprometer precios; ofertar el rango</translation>
    </message>
    <message>
        <source>Per-user speed not reachable</source>
        <translation>Velocidad por usuario inalcanzable</translation>
    </message>
    <message>
        <source>asked %1 tokens/s per user; one user per replica gets %2</source>
        <translation>se piden %1 tokens/s por usuario; un usuario por réplica obtiene %2</translation>
    </message>
    <message>
        <source>the service level cannot be sold as quoted</source>
        <translation>el nivel de servicio no puede venderse tal como se oferta</translation>
    </message>
    <message>
        <source>lower the quoted speed, choose a faster system or model precision, or enable speculative decoding</source>
        <translation>bajar la velocidad ofertada, elegir un sistema o una precisión de modelo más rápidos, o activar la decodificación especulativa</translation>
    </message>
    <message>
        <source>Cost per token rests on an assumed %1</source>
        <translation>El coste por token depende de un supuesto: %1</translation>
    </message>
    <message>
        <source>swept %1 to %2 %3 (%4)</source>
        <translation>barrido de %1 a %2 %3 (%4)</translation>
    </message>
    <message>
        <source>replace the assumption with the customer&apos;s figure (an assumption override in the project) before the proposal is sent</source>
        <translation>sustituir el supuesto por la cifra del cliente (un supuesto modificado en el proyecto) antes de enviar la propuesta</translation>
    </message>
    <message>
        <source>Bridging power needed longer than planned</source>
        <translation>Energía puente necesaria más tiempo del previsto</translation>
    </message>
    <message>
        <source>%1 MW from %2 to the grid switchover %3 (%4 months)</source>
        <translation>%1 MW desde el %2 hasta el paso a la red el %3 (%4 meses)</translation>
    </message>
    <message>
        <source>each extra month about %1 M USD and %2 t CO2 (assumptions)</source>
        <translation>cada mes adicional, unos %1 M USD y %2 t de CO2 (supuestos)</translation>
    </message>
    <message>
        <source>contract an extension option; track the utility interconnection monthly</source>
        <translation>contratar una opción de prórroga; seguir mensualmente la conexión a la red</translation>
    </message>
    <message>
        <source>Priority allocation of GPU racks not honoured</source>
        <translation>No se respeta la asignación prioritaria de racks de GPU</translation>
    </message>
    <message>
        <source>the schedule assumes the vendor&apos;s priority allocation</source>
        <translation>el cronograma supone la asignación prioritaria del fabricante</translation>
    </message>
    <message>
        <source>first token +%1 without priority</source>
        <translation>primer token +%1 sin prioridad</translation>
    </message>
    <message>
        <source>secure the allocation in the purchase contract with delivery penalties</source>
        <translation>asegurar la asignación en el contrato de compra con penalizaciones por retraso</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>MV switchgear</source>
        <translation>celdas de media tensión</translation>
    </message>
    <message>
        <source>transformers</source>
        <translation>transformadores</translation>
    </message>
    <message>
        <source>LV switchboards</source>
        <translation>cuadros de baja tensión</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>SAI (UPS)</translation>
    </message>
    <message>
        <source>generators</source>
        <translation>grupos electrógenos</translation>
    </message>
    <message>
        <source>chillers</source>
        <translation>enfriadoras</translation>
    </message>
    <message>
        <source>dry coolers</source>
        <translation>enfriadores secos</translation>
    </message>
    <message>
        <source>CDUs</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <source>%1: no network links drawn; %2 compute cables assumed (one per NIC, catalog nics_per_gpu)</source>
        <translation>%1: no hay enlaces de red dibujados; se suponen %2 cables de cómputo (uno por NIC, nics_per_gpu del catálogo)</translation>
    </message>
    <message>
        <source>%1: no pipes drawn; %2 m assumed (schedule.quantity.pipe_m_per_rack)</source>
        <translation>%1: no hay tuberías dibujadas; se suponen %2 m (schedule.quantity.pipe_m_per_rack)</translation>
    </message>
    <message>
        <source>%1: no busway routes drawn; %2 m assumed (schedule.quantity.busway_m_per_rack)</source>
        <translation>%1: no hay recorridos de conducto de barras dibujados; se suponen %2 m (schedule.quantity.busway_m_per_rack)</translation>
    </message>
    <message>
        <source>the design has no %1: none scheduled</source>
        <translation>el diseño no tiene %1: no se programa ninguno</translation>
    </message>
    <message>
        <source>site readiness: %1</source>
        <translation>preparación del emplazamiento: %1</translation>
    </message>
    <message>
        <source>Programme start (notice to proceed)</source>
        <translation>Inicio del programa (orden de inicio)</translation>
    </message>
    <message>
        <source>Design freeze and purchase orders</source>
        <translation>Congelación del diseño y pedidos de compra</translation>
    </message>
    <message>
        <source>Site works: clearing, grading, foundations, yards</source>
        <translation>Obras del emplazamiento: desbroce, explanación, cimentaciones, patios</translation>
    </message>
    <message>
        <source>Utility interconnection and energisation</source>
        <translation>Conexión a la red eléctrica y energización</translation>
    </message>
    <message>
        <source>Bridging power (mobile gas turbines / BESS, %1 MW): order to delivery</source>
        <translation>Energía puente (turbinas de gas móviles / BESS, %1 MW): del pedido a la entrega</translation>
    </message>
    <message>
        <source>Install and test bridging power (%1 MW)</source>
        <translation>Instalar y probar la energía puente (%1 MW)</translation>
    </message>
    <message>
        <source>Switch bridged SUs over to the grid; bridging power demobilised</source>
        <translation>Pasar a la red las SU con energía puente; retirada de la energía puente</translation>
    </message>
    <message>
        <source>Building shell: %1</source>
        <translation>Envolvente del edificio: %1</translation>
    </message>
    <message>
        <source>Hall fit-out: %1</source>
        <translation>Acondicionamiento de la sala: %1</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>%1, up to %2 kVA</source>
        <translation>%1, hasta %2 kVA</translation>
    </message>
    <message>
        <source>%1, integrated skids</source>
        <translation>%1, skids integrados</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Owned %1: on site</source>
        <translation>%1 propios: en obra</translation>
    </message>
    <message>
        <source>Owned %1: on site %2</source>
        <translation>%1 propios: en obra el %2</translation>
    </message>
    <message>
        <source>owned: on site</source>
        <translation>propio: en obra</translation>
    </message>
    <message>
        <source>L1 factory acceptance test: %1</source>
        <translation>L1 prueba de aceptación en fábrica: %1</translation>
    </message>
    <message>
        <source>owned: factory-tested before delivery</source>
        <translation>propio: probado en fábrica antes de la entrega</translation>
    </message>
    <message>
        <source>Manufacture and deliver %1</source>
        <translation>Fabricar y entregar %1</translation>
    </message>
    <message>
        <source>L2 receipt and installation: %1</source>
        <translation>L2 recepción e instalación: %1</translation>
    </message>
    <message>
        <source>Manufacture and deliver busway: %1</source>
        <translation>Fabricar y entregar el conducto de barras: %1</translation>
    </message>
    <message>
        <source>Owned busway: %1, on site</source>
        <translation>Conducto de barras propio: %1, en obra</translation>
    </message>
    <message>
        <source>Owned busway: %1, on site %2</source>
        <translation>Conducto de barras propio: %1, en obra el %2</translation>
    </message>
    <message>
        <source>Install busway: %1 (%2 m)</source>
        <translation>Instalar el conducto de barras: %1 (%2 m)</translation>
    </message>
    <message>
        <source>Install pipework: %1 (%2 m)</source>
        <translation>Instalar las tuberías: %1 (%2 m)</translation>
    </message>
    <message>
        <source>L3 pre-functional / start-up, power: %1</source>
        <translation>L3 prefuncional / arranque, electricidad: %1</translation>
    </message>
    <message>
        <source>L3 pre-functional / start-up, cooling: %1</source>
        <translation>L3 prefuncional / arranque, refrigeración: %1</translation>
    </message>
    <message>
        <source>L4 functional performance on load banks: %1</source>
        <translation>L4 prestaciones funcionales con bancos de carga: %1</translation>
    </message>
    <message>
        <source>L5 integrated systems test: %1</source>
        <translation>L5 prueba de sistemas integrados: %1</translation>
    </message>
    <message>
        <source>%1 power and cooling plant commissioned</source>
        <translation>%1: planta eléctrica y de refrigeración puesta en marcha</translation>
    </message>
    <message>
        <source>First token: %1 (no racks)</source>
        <translation>Primer token: %1 (sin racks)</translation>
    </message>
    <message>
        <source>Full capacity: %1</source>
        <translation>Plena capacidad: %1</translation>
    </message>
    <message>
        <source>Owned GPU rack systems, %1: on site</source>
        <translation>Sistemas de rack de GPU propios, %1: en obra</translation>
    </message>
    <message>
        <source>Owned GPU rack systems, %1: on site %2</source>
        <translation>Sistemas de rack de GPU propios, %1: en obra el %2</translation>
    </message>
    <message>
        <source>GPU rack systems: order to first delivery, %1 (priority allocation)</source>
        <translation>Sistemas de rack de GPU: del pedido a la primera entrega, %1 (asignación prioritaria)</translation>
    </message>
    <message>
        <source>GPU rack systems: order to first delivery, %1</source>
        <translation>Sistemas de rack de GPU: del pedido a la primera entrega, %1</translation>
    </message>
    <message>
        <source>Rack deliveries in batches: %1 (%2 racks)</source>
        <translation>Entregas de racks por lotes: %1 (%2 racks)</translation>
    </message>
    <message>
        <source>SU %1 of %2</source>
        <translation>SU %1 de %2</translation>
    </message>
    <message>
        <source>Place, connect and cable %1 (%2 racks, %3 cables)</source>
        <translation>Colocar, conectar y cablear %1 (%2 racks, %3 cables)</translation>
    </message>
    <message>
        <source>Energise, bring up and burn in %1 (on bridging power): factory-integrated racks</source>
        <translation>Energizar, arrancar y someter a burn-in %1 (con energía puente): racks integrados en fábrica</translation>
    </message>
    <message>
        <source>Energise, bring up and burn in %1 (on bridging power)</source>
        <translation>Energizar, arrancar y someter a burn-in %1 (con energía puente)</translation>
    </message>
    <message>
        <source>Energise, bring up and burn in %1: factory-integrated racks</source>
        <translation>Energizar, arrancar y someter a burn-in %1: racks integrados en fábrica</translation>
    </message>
    <message>
        <source>Energise, bring up and burn in %1</source>
        <translation>Energizar, arrancar y someter a burn-in %1</translation>
    </message>
    <message>
        <source>First token: %1 (SU 1 serving)</source>
        <translation>Primer token: %1 (SU 1 en servicio)</translation>
    </message>
    <message>
        <source>Full capacity: %1 (%2 SUs serving)</source>
        <translation>Plena capacidad: %1 (%2 SU en servicio)</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>busway</source>
        <translation>conducto de barras</translation>
    </message>
    <message>
        <source>distribution transformer lead time</source>
        <translation>plazo de entrega de los transformadores de distribución</translation>
    </message>
    <message>
        <source>integrated power skid lead time</source>
        <translation>plazo de entrega de los skids eléctricos integrados</translation>
    </message>
    <message>
        <source>power transformer lead time</source>
        <translation>plazo de entrega de los transformadores de potencia</translation>
    </message>
    <message>
        <source>utility interconnection</source>
        <translation>conexión a la red eléctrica</translation>
    </message>
    <message>
        <source>GPU rack lead time (priority allocation)</source>
        <translation>plazo de entrega de los racks de GPU (asignación prioritaria)</translation>
    </message>
    <message>
        <source>GPU rack lead time</source>
        <translation>plazo de entrega de los racks de GPU</translation>
    </message>
    <message>
        <source>bridging power lead time</source>
        <translation>plazo de entrega de la energía puente</translation>
    </message>
    <message>
        <source>%1 lead time</source>
        <translation>plazo de entrega de %1</translation>
    </message>
    <message>
        <source>building shell</source>
        <translation>envolvente del edificio</translation>
    </message>
    <message>
        <source>hall fit-out</source>
        <translation>acondicionamiento de la sala</translation>
    </message>
    <message>
        <source>site works</source>
        <translation>obras del emplazamiento</translation>
    </message>
    <message>
        <source>design freeze and purchase orders</source>
        <translation>congelación del diseño y pedidos de compra</translation>
    </message>
    <message>
        <source>rack placement and cabling</source>
        <translation>colocación y cableado de racks</translation>
    </message>
    <message>
        <source>SU bring-up and burn-in</source>
        <translation>arranque y burn-in de las SU</translation>
    </message>
    <message>
        <source>commissioning</source>
        <translation>puesta en marcha</translation>
    </message>
    <message>
        <source>installation of %1</source>
        <translation>instalación de %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>bridging power %1 MW not used: the grid connection is in place (site readiness %2)</source>
        <translation>energía puente de %1 MW no utilizada: la conexión a la red ya existe (preparación del emplazamiento %2)</translation>
    </message>
    <message>
        <source>bridging power %1 MW not used: it cannot carry the first SU (its IT load x schedule.bridge.facility_per_it_mw)</source>
        <translation>energía puente de %1 MW no utilizada: no puede alimentar la primera SU (su carga de TI x schedule.bridge.facility_per_it_mw)</translation>
    </message>
    <message>
        <source>bridging power %1 MW carries %2 SUs (%3 MW IT) from %4 to the switchover on %5: %6 months, %7 M USD, %8 t CO2 (schedule.bridge.* assumptions)</source>
        <translation>la energía puente de %1 MW alimenta %2 SU (%3 MW de TI) desde el %4 hasta el paso a la red el %5: %6 meses, %7 M USD, %8 t de CO2 (supuestos schedule.bridge.*)</translation>
    </message>
    <message>
        <source>priority premium not priced: %1</source>
        <translation>prima de prioridad sin precio: %1</translation>
    </message>
    <message>
        <source>site readiness %1: %2 tasks already done at the start</source>
        <translation>preparación del emplazamiento %1: %2 tareas ya hechas al inicio</translation>
    </message>
    <message>
        <source>first token in %1 (%2), driven by %3; full capacity in %4 (%5)</source>
        <translation>primer token en %1 (%2), determinado por %3; plena capacidad en %4 (%5)</translation>
    </message>
    <message>
        <source>delivery model %1: %2</source>
        <translation>modelo de entrega %1: %2</translation>
    </message>
    <message>
        <source>ramp: GPU count only (no throughput estimator given)</source>
        <translation>rampa: solo número de GPU (sin estimador de rendimiento)</translation>
    </message>
    <message>
        <source>%1 of %2 schedule figures are labelled assumptions (see docs/schedule.md); lead times of generators, chillers and CDUs and burn-in are UNVERIFIED in the reference pack</source>
        <translation>%1 de %2 cifras del cronograma son supuestos declarados (véase docs/schedule.md); los plazos de entrega de grupos electrógenos, enfriadoras y CDU y el burn-in están SIN VERIFICAR en el paquete de referencia</translation>
    </message>
    <message>
        <source>override %1 = %2 (default %3)</source>
        <translation>valor modificado %1 = %2 (por defecto %3)</translation>
    </message>
    <message>
        <source>bridging %1 MW for %2 months, %3 t CO2</source>
        <translation>energía puente de %1 MW durante %2 meses, %3 t de CO2</translation>
    </message>
    <message>
        <source>priority premium (schedule.priority.premium_fraction)</source>
        <translation>prima de prioridad (schedule.priority.premium_fraction)</translation>
    </message>
    <message>
        <source>priority premium not priced</source>
        <translation>prima de prioridad sin precio</translation>
    </message>
    <message>
        <source>site premium (lease or purchase) not estimated</source>
        <translation>prima del emplazamiento (alquiler o compra) no estimada</translation>
    </message>
    <message>
        <source>equipment bought earlier, not an added cost</source>
        <translation>equipos comprados antes, no es un coste añadido</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Emplazamiento %1</translation>
    </message>
    <message>
        <source>Prefab delivery (modular halls, power skids, integrated racks)</source>
        <translation>Entrega prefabricada (salas modulares, skids eléctricos, racks integrados)</translation>
    </message>
    <message>
        <source>Bridging power %1 MW (first hall)</source>
        <translation>Energía puente de %1 MW (primera sala)</translation>
    </message>
    <message>
        <source>Supply priority for GPU racks</source>
        <translation>Prioridad de suministro de racks de GPU</translation>
    </message>
    <message>
        <source>Own or reserve %1 (on site at the start)</source>
        <translation>Comprar o reservar %1 (en obra al inicio)</translation>
    </message>
    <message>
        <source>All of the above on this site</source>
        <translation>Todo lo anterior en este emplazamiento</translation>
    </message>
    <message>
        <source>greenfield</source>
        <translation>terreno virgen</translation>
    </message>
    <message>
        <source>powered-land</source>
        <translation>terreno con conexión eléctrica</translation>
    </message>
    <message>
        <source>powered-shell</source>
        <translation>edificio con conexión eléctrica</translation>
    </message>
    <message>
        <source>ready-hall</source>
        <translation>sala lista</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>tradicional</translation>
    </message>
    <message>
        <source>prefab</source>
        <translation>prefabricada</translation>
    </message>
    <message>
        <source>transformer</source>
        <translation>transformadores</translation>
    </message>
    <message>
        <source>mv-switchgear</source>
        <translation>celdas de media tensión</translation>
    </message>
    <message>
        <source>lv-switchgear</source>
        <translation>cuadros de baja tensión</translation>
    </message>
    <message>
        <source>switchgear</source>
        <translation>celdas de MT y cuadros de BT</translation>
    </message>
    <message>
        <source>ups</source>
        <translation>SAI (UPS)</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>grupos electrógenos</translation>
    </message>
    <message>
        <source>chiller</source>
        <translation>enfriadoras</translation>
    </message>
    <message>
        <source>dry-cooler</source>
        <translation>enfriadores secos</translation>
    </message>
    <message>
        <source>cdu</source>
        <translation>CDU</translation>
    </message>
    <message>
        <source>gpu-racks</source>
        <translation>racks de GPU</translation>
    </message>
    <message>
        <source>owned equipment class &apos;%1&apos; is not one of %2</source>
        <translation>la clase de equipo propio &apos;%1&apos; no es una de %2</translation>
    </message>
    <message>
        <source>the design has no halls: nothing to schedule</source>
        <translation>el diseño no tiene salas: nada que planificar</translation>
    </message>
    <message>
        <source>schedule start: %1</source>
        <translation>inicio del cronograma: %1</translation>
    </message>
    <message>
        <source>site readiness &apos;%1&apos; is not one of greenfield|powered-land|powered-shell|ready-hall</source>
        <translation>la preparación del emplazamiento &apos;%1&apos; no es una de greenfield|powered-land|powered-shell|ready-hall</translation>
    </message>
    <message>
        <source>owned equipment &apos;%1&apos;: on-site date %2</source>
        <translation>equipo propio &apos;%1&apos;: fecha en obra %2</translation>
    </message>
    <message>
        <source>bridging power %1 MW: must be a number &gt;= 0</source>
        <translation>potencia puente %1 MW: debe ser un número &gt;= 0</translation>
    </message>
    <message>
        <source>rack %1 &quot;%2&quot;: hall %3 does not exist</source>
        <translation>rack %1 &quot;%2&quot;: la sala %3 no existe</translation>
    </message>
    <message>
        <source>rack %1 &quot;%2&quot;: %3</source>
        <translation>rack %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 weeks (%2)</source>
        <translation>%1 semanas (%2)</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>integrated skid: longest component lead %1 weeks - %2 weeks (schedule.prefab.power_lead_reduction_weeks)</source>
        <translation>skid integrado: plazo del componente más largo %1 semanas - %2 semanas (schedule.prefab.power_lead_reduction_weeks)</translation>
    </message>
    <message>
        <source>owned equipment: on site at the start (instead of %1 weeks, %2)</source>
        <translation>equipo propio: en obra al inicio (en lugar de %1 semanas, %2)</translation>
    </message>
    <message>
        <source>owned equipment: on site %3 (instead of %1 weeks, %2)</source>
        <translation>equipo propio: en obra el %3 (en lugar de %1 semanas, %2)</translation>
    </message>
    <message>
        <source>%1 x %2 crew-days x %3 / %4 crews (%5, %6)</source>
        <translation>%1 x %2 jornadas de cuadrilla x %3 / %4 cuadrillas (%5, %6)</translation>
    </message>
    <message>
        <source>%1 x %2 crew-days / %4 crews (%5, %6)</source>
        <translation>%1 x %2 jornadas de cuadrilla / %4 cuadrillas (%5, %6)</translation>
    </message>
    <message>
        <source>%1 m / (%2 crews x %3 m/crew-day)</source>
        <translation>%1 m / (%2 cuadrillas x %3 m/jornada de cuadrilla)</translation>
    </message>
    <message>
        <source>owned equipment (instead of %1 weeks, %2)</source>
        <translation>equipo propio (en lugar de %1 semanas, %2)</translation>
    </message>
    <message>
        <source>owned: delivered with the owner&apos;s racks</source>
        <translation>propio: entregado con los racks del propietario</translation>
    </message>
    <message>
        <source>%1 racks / %2 racks per week (schedule.rate.rack_deliveries_per_week)</source>
        <translation>%1 racks / %2 racks por semana (schedule.rate.rack_deliveries_per_week)</translation>
    </message>
    <message>
        <source>%1 (UNVERIFIED -&gt; assumption)</source>
        <translation>%1 (NO VERIFICADO -&gt; supuesto)</translation>
    </message>
    <message>
        <source>max(%1 racks / %2 racks/crew-day, %3 cables / %4 cables/crew-day): one rack crew and one cabling crew per SU (%5, schedule.rate.cables_per_crew_day)</source>
        <translation>máx(%1 racks / %2 racks/jornada de cuadrilla, %3 cables / %4 cables/jornada de cuadrilla): una cuadrilla de racks y una de cableado por SU (%5, schedule.rate.cables_per_crew_day)</translation>
    </message>
    <message>
        <source>assumptionOverrides: unknown schedule key &quot;%1&quot; (see docs/schedule.md for the keys)</source>
        <translation>assumptionOverrides: clave de cronograma desconocida &quot;%1&quot; (las claves están en docs/schedule.md)</translation>
    </message>
    <message>
        <source>assumptionOverrides &quot;%1&quot;: %2 is not a number</source>
        <translation>assumptionOverrides &quot;%1&quot;: %2 no es un número</translation>
    </message>
    <message>
        <source>assumptionOverrides &quot;%1&quot;: %2 must be greater than 0</source>
        <translation>assumptionOverrides &quot;%1&quot;: %2 debe ser mayor que 0</translation>
    </message>
    <message>
        <source>assumptionOverrides &quot;%1&quot;: %2 is negative</source>
        <translation>assumptionOverrides &quot;%1&quot;: %2 es negativo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYY-MM-DD: %2</source>
        <translation>&apos;%1&apos; no es una fecha AAAA-MM-DD: %2</translation>
    </message>
    <message>
        <source>expected the form YYYY-MM-DD</source>
        <translation>se esperaba la forma AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected digits</source>
        <translation>se esperaban dígitos</translation>
    </message>
    <message>
        <source>year %1 is before 1900</source>
        <translation>el año %1 es anterior a 1900</translation>
    </message>
    <message>
        <source>month %1 is not 1-12</source>
        <translation>el mes %1 no está entre 1 y 12</translation>
    </message>
    <message>
        <source>day %1 is not in %2 %3</source>
        <translation>el día %1 no existe en %2 de %3</translation>
    </message>
    <message>
        <source>work calendar: no working weekday (at least one of Monday-Sunday must be a working day)</source>
        <translation>calendario laboral: ningún día laborable (al menos uno de lunes a domingo debe ser laborable)</translation>
    </message>
    <message>
        <source>work calendar holiday: %1</source>
        <translation>festivo del calendario laboral: %1</translation>
    </message>
    <message>
        <source>work calendar: no working day within 200 years of %1</source>
        <translation>calendario laboral: ningún día laborable en 200 años desde %1</translation>
    </message>
    <message>
        <source>work calendar: offset %1 working days is out of range</source>
        <translation>calendario laboral: el desplazamiento de %1 días laborables está fuera de rango</translation>
    </message>
    <message>
        <source>work calendar: %1 is more than 200 years from %2</source>
        <translation>calendario laboral: %1 está a más de 200 años de %2</translation>
    </message>
</context>
<context>
    <name>ScheduleParameter</name>
    <message>
        <source>: order to delivery</source>
        <translation>: del pedido a la entrega</translation>
    </message>
    <message>
        <source>power transformers above 2,500 kVA: order to delivery</source>
        <translation>transformadores de potencia de más de 2500 kVA: del pedido a la entrega</translation>
    </message>
    <message>
        <source>distribution / unit-substation transformers up to 2,500 kVA</source>
        <translation>transformadores de distribución / de subestación compacta de hasta 2500 kVA</translation>
    </message>
    <message>
        <source>MV switchgear: order to delivery</source>
        <translation>celdas de media tensión: del pedido a la entrega</translation>
    </message>
    <message>
        <source>LV switchboards: order to delivery</source>
        <translation>cuadros de baja tensión: del pedido a la entrega</translation>
    </message>
    <message>
        <source>standby generators (2 MW class): order to delivery</source>
        <translation>grupos electrógenos de emergencia (clase 2 MW): del pedido a la entrega</translation>
    </message>
    <message>
        <source>UPS systems: order to delivery</source>
        <translation>sistemas SAI (UPS): del pedido a la entrega</translation>
    </message>
    <message>
        <source>chillers: order to delivery</source>
        <translation>enfriadoras: del pedido a la entrega</translation>
    </message>
    <message>
        <source>dry coolers: order to delivery</source>
        <translation>enfriadores secos: del pedido a la entrega</translation>
    </message>
    <message>
        <source>coolant distribution units: order to delivery</source>
        <translation>unidades de distribución de refrigerante (CDU): del pedido a la entrega</translation>
    </message>
    <message>
        <source>busway: order to delivery</source>
        <translation>conducto de barras: del pedido a la entrega</translation>
    </message>
    <message>
        <source>GPU rack systems: order to first delivery</source>
        <translation>sistemas de rack de GPU: del pedido a la primera entrega</translation>
    </message>
    <message>
        <source>utility interconnection works remaining after programme start</source>
        <translation>obras de conexión a la red pendientes tras el inicio del programa</translation>
    </message>
    <message>
        <source>prefab delivery: power skids arrive this much sooner than the longest custom-built component they replace</source>
        <translation>entrega prefabricada: los skids eléctricos llegan este tiempo antes que el componente a medida más largo al que sustituyen</translation>
    </message>
    <message>
        <source>interval between successive halls&apos; equipment batches</source>
        <translation>intervalo entre los lotes de equipos de salas sucesivas</translation>
    </message>
    <message>
        <source>rack delivery rate into one hall</source>
        <translation>ritmo de entrega de racks en una sala</translation>
    </message>
    <message>
        <source>design freeze and purchase orders after notice to proceed</source>
        <translation>congelación del diseño y pedidos de compra tras la orden de inicio</translation>
    </message>
    <message>
        <source>site works: clearing, grading, foundations, yards, roads</source>
        <translation>obras del emplazamiento: desbroce, explanación, cimentaciones, patios, viales</translation>
    </message>
    <message>
        <source>building shell of one hall (traditional)</source>
        <translation>envolvente del edificio de una sala (tradicional)</translation>
    </message>
    <message>
        <source>start of the next hall&apos;s shell after the previous one starts</source>
        <translation>inicio de la envolvente de la sala siguiente tras el inicio de la anterior</translation>
    </message>
    <message>
        <source>hall fit-out: slab preparation, containment, lighting, fire protection</source>
        <translation>acondicionamiento de la sala: preparación de la losa, confinamiento, iluminación, protección contra incendios</translation>
    </message>
    <message>
        <source>prefab delivery: modular hall shell, factory build and set on site</source>
        <translation>entrega prefabricada: envolvente modular de la sala, construida en fábrica y montada en obra</translation>
    </message>
    <message>
        <source>prefab delivery: hall fit-out (modules arrive fitted out)</source>
        <translation>entrega prefabricada: acondicionamiento de la sala (los módulos llegan acondicionados)</translation>
    </message>
    <message>
        <source>L1 factory acceptance test of one hall&apos;s batch of an equipment class</source>
        <translation>L1 prueba de aceptación en fábrica del lote de una clase de equipo para una sala</translation>
    </message>
    <message>
        <source>L2 receipt and installation of one transformer</source>
        <translation>L2 recepción e instalación de un transformador</translation>
    </message>
    <message>
        <source>L2 installation of one MV switchgear line-up</source>
        <translation>L2 instalación de un conjunto de celdas de media tensión</translation>
    </message>
    <message>
        <source>L2 installation of one LV switchboard</source>
        <translation>L2 instalación de un cuadro de baja tensión</translation>
    </message>
    <message>
        <source>L2 installation of one UPS system (with batteries)</source>
        <translation>L2 instalación de un sistema SAI (con baterías)</translation>
    </message>
    <message>
        <source>L2 installation of one generator set (fuel, exhaust)</source>
        <translation>L2 instalación de un grupo electrógeno (combustible, escape)</translation>
    </message>
    <message>
        <source>L2 installation of one chiller</source>
        <translation>L2 instalación de una enfriadora</translation>
    </message>
    <message>
        <source>L2 installation of one dry cooler</source>
        <translation>L2 instalación de un enfriador seco</translation>
    </message>
    <message>
        <source>L2 installation of one CDU</source>
        <translation>L2 instalación de una CDU</translation>
    </message>
    <message>
        <source>prefab delivery: share of the site installation effort that remains</source>
        <translation>entrega prefabricada: fracción del trabajo de instalación en obra que queda</translation>
    </message>
    <message>
        <source>L3 pre-functional / start-up of one hall&apos;s power chain</source>
        <translation>L3 prefuncional / arranque de la cadena eléctrica de una sala</translation>
    </message>
    <message>
        <source>L3 pre-functional / start-up of one hall&apos;s cooling (flush, fill, pumps)</source>
        <translation>L3 prefuncional / arranque de la refrigeración de una sala (lavado, llenado, bombas)</translation>
    </message>
    <message>
        <source>L4 functional performance tests on load banks, per hall</source>
        <translation>L4 pruebas de prestaciones funcionales con bancos de carga, por sala</translation>
    </message>
    <message>
        <source>L5 integrated systems test (pull-the-plug), per hall</source>
        <translation>L5 prueba de sistemas integrados (corte de suministro), por sala</translation>
    </message>
    <message>
        <source>rack bring-up and acceptance on IT load, per hall (traditional)</source>
        <translation>arranque y aceptación de racks con carga de TI, por sala (tradicional)</translation>
    </message>
    <message>
        <source>prefab delivery: bring-up of racks delivered integrated and tested</source>
        <translation>entrega prefabricada: arranque de racks entregados integrados y probados</translation>
    </message>
    <message>
        <source>burn-in / acceptance run before first token, per hall</source>
        <translation>burn-in / prueba de aceptación antes del primer token, por sala</translation>
    </message>
    <message>
        <source>power equipment installation crews</source>
        <translation>cuadrillas de instalación de equipos eléctricos</translation>
    </message>
    <message>
        <source>cooling equipment installation crews</source>
        <translation>cuadrillas de instalación de equipos de refrigeración</translation>
    </message>
    <message>
        <source>pipe fitting crews per hall</source>
        <translation>cuadrillas de tuberías por sala</translation>
    </message>
    <message>
        <source>busway installation crews per hall</source>
        <translation>cuadrillas de instalación de conductos de barras por sala</translation>
    </message>
    <message>
        <source>network cabling crews per hall</source>
        <translation>cuadrillas de cableado de red por sala</translation>
    </message>
    <message>
        <source>rack installation crews per hall</source>
        <translation>cuadrillas de instalación de racks por sala</translation>
    </message>
    <message>
        <source>pipe installed per crew and day</source>
        <translation>tubería instalada por cuadrilla y día</translation>
    </message>
    <message>
        <source>overhead busway installed per crew and day</source>
        <translation>conducto de barras aéreo instalado por cuadrilla y día</translation>
    </message>
    <message>
        <source>network cables pulled, terminated and labelled per crew and day</source>
        <translation>cables de red tendidos, conectorizados y etiquetados por cuadrilla y día</translation>
    </message>
    <message>
        <source>rack installation, traditional (racks assembled and cabled on site)</source>
        <translation>instalación de racks, tradicional (racks montados y cableados en obra)</translation>
    </message>
    <message>
        <source>prefab delivery: racks delivered integrated and tested</source>
        <translation>entrega prefabricada: racks entregados integrados y probados</translation>
    </message>
    <message>
        <source>technology-loop pipe per rack when the design draws no pipes</source>
        <translation>tubería del circuito tecnológico por rack cuando el diseño no dibuja tuberías</translation>
    </message>
    <message>
        <source>busway per rack when the design draws no busway routes</source>
        <translation>conducto de barras por rack cuando el diseño no dibuja recorridos</translation>
    </message>
    <message>
        <source>racks brought up together as one scalable unit (its power path, CDU and leaf switches)</source>
        <translation>racks que arrancan juntos como una unidad escalable (su ruta eléctrica, CDU y switches leaf)</translation>
    </message>
    <message>
        <source>SU energisation and bring-up teams per hall (power path, CDU loop, leaf switches, rack acceptance)</source>
        <translation>equipos de energización y arranque de SU por sala (ruta eléctrica, circuito de CDU, switches leaf, aceptación de racks)</translation>
    </message>
    <message>
        <source>most power or cooling units one installation crew sets in a hall; larger batches get more crews</source>
        <translation>máximo de unidades eléctricas o de refrigeración que instala una cuadrilla en una sala; los lotes mayores reciben más cuadrillas</translation>
    </message>
    <message>
        <source>busway and pipework crews per hall are raised to finish within this</source>
        <translation>las cuadrillas de conductos de barras y tuberías por sala se aumentan para terminar en este plazo</translation>
    </message>
    <message>
        <source>most SUs one placement or bring-up team handles in a hall; larger halls get more teams</source>
        <translation>máximo de SU que coloca o arranca un equipo en una sala; las salas mayores reciben más equipos</translation>
    </message>
    <message>
        <source>shell construction crews working in parallel on a campus</source>
        <translation>cuadrillas de construcción de envolventes trabajando en paralelo en un campus</translation>
    </message>
    <message>
        <source>commissioning teams running hall L5 integrated tests in parallel</source>
        <translation>equipos de puesta en marcha que realizan en paralelo las pruebas integradas L5 de las salas</translation>
    </message>
    <message>
        <source>prefab delivery: burn-in of racks integrated and L11-tested at the factory, per SU</source>
        <translation>entrega prefabricada: burn-in de racks integrados y probados (L11) en fábrica, por SU</translation>
    </message>
    <message>
        <source>GPU rack systems with vendor priority allocation: order to first delivery</source>
        <translation>sistemas de rack de GPU con asignación prioritaria del fabricante: del pedido a la primera entrega</translation>
    </message>
    <message>
        <source>price premium of a priority allocation, share of the GPU rack systems&apos; price (price.system.* of the cost estimate)</source>
        <translation>prima de precio de una asignación prioritaria, fracción del precio de los sistemas de rack de GPU (price.system.* de la estimación de costes)</translation>
    </message>
    <message>
        <source>bridging power (mobile gas turbines / BESS): order to delivery</source>
        <translation>energía puente (turbinas de gas móviles / BESS): del pedido a la entrega</translation>
    </message>
    <message>
        <source>bridging power: set, connect fuel and cables, test</source>
        <translation>energía puente: emplazar, conectar combustible y cables, probar</translation>
    </message>
    <message>
        <source>switchover of bridged SUs from bridging power to the grid</source>
        <translation>paso de las SU con energía puente a la red</translation>
    </message>
    <message>
        <source>facility power per MW of IT when sizing the SUs bridging power can carry</source>
        <translation>potencia de la instalación por MW de TI al dimensionar las SU que puede alimentar la energía puente</translation>
    </message>
    <message>
        <source>bridging power: rental and fuel per MW of capacity and month</source>
        <translation>energía puente: alquiler y combustible por MW de capacidad y mes</translation>
    </message>
    <message>
        <source>bridging power emissions per MWh generated</source>
        <translation>emisiones de la energía puente por MWh generado</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>días laborables</translation>
    </message>
    <message>
        <source>crews</source>
        <translation>cuadrillas</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>equipos</translation>
    </message>
    <message>
        <source>crew-days per unit</source>
        <translation>jornadas de cuadrilla por unidad</translation>
    </message>
    <message>
        <source>units per crew</source>
        <translation>unidades por cuadrilla</translation>
    </message>
    <message>
        <source>m per rack</source>
        <translation>m por rack</translation>
    </message>
    <message>
        <source>m per crew-day</source>
        <translation>m por jornada de cuadrilla</translation>
    </message>
    <message>
        <source>cables per crew-day</source>
        <translation>cables por jornada de cuadrilla</translation>
    </message>
    <message>
        <source>racks per crew-day</source>
        <translation>racks por jornada de cuadrilla</translation>
    </message>
    <message>
        <source>racks per SU</source>
        <translation>racks por SU</translation>
    </message>
    <message>
        <source>racks per week</source>
        <translation>racks por semana</translation>
    </message>
    <message>
        <source>SUs per team</source>
        <translation>SU por equipo</translation>
    </message>
    <message>
        <source>USD per MW-month</source>
        <translation>USD por MW-mes</translation>
    </message>
    <message>
        <source>MW per IT MW</source>
        <translation>MW por MW de TI</translation>
    </message>
    <message>
        <source>t CO2 per MWh</source>
        <translation>t de CO2 por MWh</translation>
    </message>
    <message>
        <source>share of rack price</source>
        <translation>fracción del precio del rack</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>tokens/s not estimated (GPU count only): %1</source>
        <translation>tokens/s no estimados (solo número de GPU): %1</translation>
    </message>
    <message>
        <source>tokens/s estimated as if every GPU were %1 (the design mixes systems)</source>
        <translation>tokens/s estimados como si todas las GPU fueran %1 (el diseño mezcla sistemas)</translation>
    </message>
    <message>
        <source>tokens/s from the inference estimator: %1, %2, %3, %4 scenario (docs/estimation.md)</source>
        <translation>tokens/s del estimador de inferencia: %1, %2, %3, escenario %4 (docs/estimation.md)</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>%1 M USD</source>
        <translation>%1 M USD</translation>
    </message>
    <message>
        <source>%1 delivery, site %2</source>
        <translation>entrega %1, emplazamiento %2</translation>
    </message>
    <message>
        <source>%1, supply priority</source>
        <translation>%1, prioridad de suministro</translation>
    </message>
    <message>
        <source>%1, bridging power %2 MW</source>
        <translation>%1, energía puente de %2 MW</translation>
    </message>
    <message>
        <source>Build schedule (%1), start %2</source>
        <translation>Cronograma de construcción (%1), inicio %2</translation>
    </message>
    <message>
        <source>first token:   %1 (in %2)</source>
        <translation>primer token:     %1 (en %2)</translation>
    </message>
    <message>
        <source>full capacity: %1 (in %2)</source>
        <translation>plena capacidad:  %1 (en %2)</translation>
    </message>
    <message>
        <source>first token driven by: %1</source>
        <translation>primer token determinado por: %1</translation>
    </message>
    <message>
        <source>owned: %1 on site</source>
        <translation>propio: %1 en obra</translation>
    </message>
    <message>
        <source>owned: %1 on site %2</source>
        <translation>propio: %1 en obra el %2</translation>
    </message>
    <message>
        <source>bridging power: %1 MW carries %2 SUs (%3 MW IT) from %4, switchover to the grid %5; %6 months, %7, %8 t CO2 (assumptions)</source>
        <translation>energía puente: %1 MW alimentan %2 SU (%3 MW de TI) desde el %4, paso a la red el %5; %6 meses, %7, %8 t de CO2 (supuestos)</translation>
    </message>
    <message>
        <source>supply priority premium: %1 (assumption)</source>
        <translation>prima de prioridad de suministro: %1 (supuesto)</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>Halls:</source>
        <translation>Salas:</translation>
    </message>
    <message>
        <source>%1: %2 MW IT, %3 GPUs; plant commissioned %4, first SU serving %5, full %6</source>
        <translation>%1: %2 MW de TI, %3 GPU; planta puesta en marcha el %4, primera SU en servicio el %5, plena el %6</translation>
    </message>
    <message>
        <source>Ramp by scalable unit (%1 SUs):</source>
        <translation>Rampa por unidad escalable (%1 SU):</translation>
    </message>
    <message>
        <source>%1 GPUs online</source>
        <translation>%1 GPU en servicio</translation>
    </message>
    <message>
        <source>hall %1 SU %2, bridged</source>
        <translation>sala %1 SU %2, con energía puente</translation>
    </message>
    <message>
        <source>hall %1 SU %2</source>
        <translation>sala %1 SU %2</translation>
    </message>
    <message>
        <source>%1 more serving dates in --format json</source>
        <translation>%1 fechas de servicio más en --format json</translation>
    </message>
    <message>
        <source>Critical path:</source>
        <translation>Ruta crítica:</translation>
    </message>
    <message>
        <source>Tasks (%1):</source>
        <translation>Tareas (%1):</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>%1 d, float %2 d</source>
        <translation>%1 d, holgura %2 d</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Assumed figures (override with assumptionOverrides; see docs/schedule.md):</source>
        <translation>Cifras supuestas (modificables con assumptionOverrides; véase docs/schedule.md):</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation> (modificada)</translation>
    </message>
    <message>
        <source>Fast-track paths from %1 (weeks from the start):</source>
        <translation>Vías rápidas desde el %1 (semanas desde el inicio):</translation>
    </message>
    <message>
        <source>path</source>
        <translation>vía</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>primer token</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>plena capac.</translation>
    </message>
    <message>
        <source>added cost</source>
        <translation>coste extra</translation>
    </message>
    <message>
        <source>driver of first token</source>
        <translation>determinante del primer token</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>sem</translation>
    </message>
    <message>
        <source>%1: first token %2 (%3 weeks earlier), full capacity %4 (%5 weeks earlier)</source>
        <translation>%1: primer token el %2 (%3 semanas antes), plena capacidad el %4 (%5 semanas antes)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>escrito %1</translation>
    </message>
    <message>
        <source>Compared with %1 delivery: first token %2, full capacity %3.</source>
        <translation>Comparado con la entrega %1: primer token el %2, plena capacidad el %3.</translation>
    </message>
    <message>
        <source>Prefab first token %1 calendar days earlier, full capacity %2 days earlier (reference-data.md 6.1: prefab buys 6-12 months).</source>
        <translation>Con prefabricación, primer token %1 días naturales antes y plena capacidad %2 días antes (reference-data.md 6.1: la prefabricación gana 6-12 meses).</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>%1: not estimated: %2</source>
        <translation>%1: no estimado: %2</translation>
    </message>
    <message>
        <source>%1: not scheduled: %2</source>
        <translation>%1: no programado: %2</translation>
    </message>
    <message>
        <source>GPU system price: no rack system has a price</source>
        <translation>precio del sistema de GPU: ningún sistema de rack tiene precio</translation>
    </message>
    <message>
        <source>GPU system price (%1)</source>
        <translation>Precio del sistema de GPU (%1)</translation>
    </message>
    <message>
        <source>assumption: list price -20 % / +20 % (discounts, allocation premiums)</source>
        <translation>supuesto: precio de lista -20 % / +20 % (descuentos, primas de asignación)</translation>
    </message>
    <message>
        <source>%1: no price %2</source>
        <translation>%1: sin precio %2</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source>assumption: tariff -30 % / +30 % (spread of industrial tariffs)</source>
        <translation>supuesto: tarifa -30 % / +30 % (dispersión de las tarifas industriales)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>assumption: %1 of the base (GPUs 40 % idler) to %2 of it, at most %3</source>
        <translation>supuesto: del %1 del valor base (GPU un 40 % más ociosas) al %2, como máximo %3</translation>
    </message>
    <message>
        <source>Per-user speed</source>
        <translation>Velocidad por usuario</translation>
    </message>
    <message>
        <source>assumption: half to double the quoted service level</source>
        <translation>supuesto: de la mitad al doble del nivel de servicio ofertado</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (anual)</translation>
    </message>
    <message>
        <source>assumption: -/+ 0.1 around the plant model&apos;s annual PUE (climate years, plant choices)</source>
        <translation>supuesto: -/+ 0,1 en torno al PUE anual del modelo de planta (años climáticos, elección de planta)</translation>
    </message>
    <message>
        <source>IT amortisation life</source>
        <translation>Vida de amortización de TI</translation>
    </message>
    <message>
        <source>estimate.it_life_years: typical GPU server depreciation 4-6 years (assumption)</source>
        <translation>estimate.it_life_years: amortización típica de servidores de GPU de 4-6 años (supuesto)</translation>
    </message>
    <message>
        <source>source range: %1</source>
        <translation>rango de la fuente: %1</translation>
    </message>
    <message>
        <source>assumption: -20 % / +30 % (lead times run late more often than early)</source>
        <translation>supuesto: -20 % / +30 % (los plazos de entrega se retrasan más a menudo de lo que se adelantan)</translation>
    </message>
    <message>
        <source>lead times that do not move first token over their range: %1</source>
        <translation>plazos de entrega que no mueven el primer token en todo su rango: %1</translation>
    </message>
    <message>
        <source>Construction and commissioning durations (all together)</source>
        <translation>Duraciones de construcción y puesta en marcha (todas juntas)</translation>
    </message>
    <message>
        <source>assumption: every duration -20 % / +25 % (crew productivity, weather)</source>
        <translation>supuesto: cada duración -20 % / +25 % (productividad de las cuadrillas, meteorología)</translation>
    </message>
    <message>
        <source>USD per system</source>
        <translation>USD por sistema</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fracción</translation>
    </message>
    <message>
        <source>tokens/s per user</source>
        <translation>tokens/s por usuario</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
</context>
<context>
    <name>UnitPrice</name>
    <message>
        <source>GB300 NVL72 rack (72 GPUs, complete)</source>
        <translation>rack GB300 NVL72 (72 GPU, completo)</translation>
    </message>
    <message>
        <source>GB200 NVL72 rack (72 GPUs, complete)</source>
        <translation>rack GB200 NVL72 (72 GPU, completo)</translation>
    </message>
    <message>
        <source>DGX B200 (8 GPUs)</source>
        <translation>DGX B200 (8 GPU)</translation>
    </message>
    <message>
        <source>DGX B300 (8 GPUs)</source>
        <translation>DGX B300 (8 GPU)</translation>
    </message>
    <message>
        <source>DGX H200 (8 GPUs)</source>
        <translation>DGX H200 (8 GPU)</translation>
    </message>
    <message>
        <source>DGX H100 (8 GPUs)</source>
        <translation>DGX H100 (8 GPU)</translation>
    </message>
    <message>
        <source>Vera Rubin NVL72 rack (72 packages)</source>
        <translation>rack Vera Rubin NVL72 (72 encapsulados)</translation>
    </message>
    <message>
        <source>Lenovo ThinkSystem SR780a V3 (8 x B200, Neptune)</source>
        <translation>Lenovo ThinkSystem SR780a V3 (8 x B200, Neptune)</translation>
    </message>
    <message>
        <source>Lenovo GB300 NVL72 rack (Neptune)</source>
        <translation>rack Lenovo GB300 NVL72 (Neptune)</translation>
    </message>
    <message>
        <source>HV/MV main power transformer</source>
        <translation>transformador principal de potencia AT/MT</translation>
    </message>
    <message>
        <source>HV switchyard bay (breaker, disconnectors, protection, civils)</source>
        <translation>posición del parque de AT (interruptor, seccionadores, protecciones, obra civil)</translation>
    </message>
    <message>
        <source>MV switchgear lineup</source>
        <translation>conjunto de aparamenta de MT</translation>
    </message>
    <message>
        <source>MV/LV unit-substation transformer</source>
        <translation>transformador de centro de transformación MT/BT</translation>
    </message>
    <message>
        <source>LV switchboard 4,000 A</source>
        <translation>cuadro de BT de 4000 A</translation>
    </message>
    <message>
        <source>UPS with batteries (5 min)</source>
        <translation>SAI con baterías (5 min)</translation>
    </message>
    <message>
        <source>diesel generator set with fuel system and paralleling</source>
        <translation>grupo electrógeno diésel con sistema de combustible y acoplamiento en paralelo</translation>
    </message>
    <message>
        <source>overhead track busway run with tap-offs</source>
        <translation>tramo de blindobarra aérea con cajas de derivación</translation>
    </message>
    <message>
        <source>power distribution unit / RPP</source>
        <translation>unidad de distribución de energía / RPP</translation>
    </message>
    <message>
        <source>chiller</source>
        <translation>enfriadora</translation>
    </message>
    <message>
        <source>dry cooler (adiabatic)</source>
        <translation>enfriador seco (adiabático)</translation>
    </message>
    <message>
        <source>coolant distribution unit</source>
        <translation>unidad de distribución de refrigerante</translation>
    </message>
    <message>
        <source>air handler / fan wall</source>
        <translation>climatizador / muro de ventiladores</translation>
    </message>
    <message>
        <source>coolant piping installed (average diameter)</source>
        <translation>tubería de refrigerante instalada (diámetro medio)</translation>
    </message>
    <message>
        <source>data hall building, traditional construction</source>
        <translation>edificio de salas, construcción tradicional</translation>
    </message>
    <message>
        <source>data hall building, prefabricated modules</source>
        <translation>edificio de salas, módulos prefabricados</translation>
    </message>
    <message>
        <source>all-flash storage node</source>
        <translation>nodo de almacenamiento all-flash</translation>
    </message>
    <message>
        <source>management / head node</source>
        <translation>nodo de gestión / cabecera</translation>
    </message>
    <message>
        <source>Quantum-X800 Q3400 switch (144 x 800G)</source>
        <translation>switch Quantum-X800 Q3400 (144 x 800G)</translation>
    </message>
    <message>
        <source>Quantum-2 QM9700 switch (64 x 400G)</source>
        <translation>switch Quantum-2 QM9700 (64 x 400G)</translation>
    </message>
    <message>
        <source>Spectrum-4 SN5600 switch (64 x 800G)</source>
        <translation>switch Spectrum-4 SN5600 (64 x 800G)</translation>
    </message>
    <message>
        <source>out-of-band 1 GbE switch (48 ports)</source>
        <translation>switch fuera de banda de 1 GbE (48 puertos)</translation>
    </message>
    <message>
        <source>network switch without a specific price</source>
        <translation>switch de red sin precio propio</translation>
    </message>
    <message>
        <source>network link (two transceivers and fibre)</source>
        <translation>enlace de red (dos transceptores y fibra)</translation>
    </message>
    <message>
        <source>land, %1</source>
        <translation>terreno, %1</translation>
    </message>
    <message>
        <source>land when the site&apos;s location is not in the table</source>
        <translation>terreno cuando la ubicación del emplazamiento no está en la tabla</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>electricidad</translation>
    </message>
    <message>
        <source>facility operation and maintenance per year</source>
        <translation>operación y mantenimiento de la instalación al año</translation>
    </message>
    <message>
        <source>colocation fee per kW of IT design power</source>
        <translation>cuota de colocation por kW de potencia de TI de diseño</translation>
    </message>
    <message>
        <source>colocation fit-out, one-off (cage, liquid loop, power)</source>
        <translation>acondicionamiento en colocation, único (jaula, circuito de líquido, potencia)</translation>
    </message>
    <message>
        <source>cloud GPU-hour of a system without its own price</source>
        <translation>hora de GPU en la nube de un sistema sin precio propio</translation>
    </message>
    <message>
        <source>cloud GPU-hour, GB300 NVL72 (reserved)</source>
        <translation>hora de GPU en la nube, GB300 NVL72 (reservada)</translation>
    </message>
    <message>
        <source>cloud GPU-hour, GB200 NVL72 (reserved)</source>
        <translation>hora de GPU en la nube, GB200 NVL72 (reservada)</translation>
    </message>
    <message>
        <source>cloud GPU-hour, B200 (reserved)</source>
        <translation>hora de GPU en la nube, B200 (reservada)</translation>
    </message>
    <message>
        <source>cloud GPU-hour, H200 (reserved)</source>
        <translation>hora de GPU en la nube, H200 (reservada)</translation>
    </message>
    <message>
        <source>cloud GPU-hour, H100 (reserved)</source>
        <translation>hora de GPU en la nube, H100 (reservada)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 liquid-cooled rack(s) in hall id %2 (%3 kW of liquid heat) have no pipe from a CDU: %4</source>
        <translation>%1 rack(s) con refrigeración líquida en la sala id %2 (%3 kW de calor al líquido) no tienen tubería desde una CDU: %4</translation>
    </message>
    <message>
        <source>Connect each rack to a CDU (directly or through a manifold).</source>
        <translation>Conecte cada rack a una CDU (directamente o a través de un colector).</translation>
    </message>
    <message>
        <source>%1 removes %2 kW of liquid heat from its racks, above its capacity of %3 kW (%4 %)</source>
        <translation>%1 extrae %2 kW de calor al líquido de sus racks, por encima de su capacidad de %3 kW (%4 %)</translation>
    </message>
    <message>
        <source>Add a CDU, move racks to another CDU, or choose a larger CDU.</source>
        <translation>Añada una CDU, pase racks a otra CDU o elija una CDU mayor.</translation>
    </message>
    <message>
        <source>%1 serves %2 kW but has no capacity rating</source>
        <translation>%1 atiende %2 kW pero no tiene capacidad asignada</translation>
    </message>
    <message>
        <source>Set the CDU&apos;s heat capacity.</source>
        <translation>Indique la capacidad térmica de la CDU.</translation>
    </message>
    <message>
        <source>%1 must circulate %2 L/min (%3 kW at dT %4 K), above its rated flow of %5 L/min</source>
        <translation>%1 debe hacer circular %2 L/min (%3 kW con dT %4 K), por encima de su caudal nominal de %5 L/min</translation>
    </message>
    <message>
        <source>Add a CDU, raise the design temperature rise, or choose a CDU with more flow.</source>
        <translation>Añada una CDU, aumente el salto térmico de diseño o elija una CDU con más caudal.</translation>
    </message>
    <message>
        <source>the pipe run from %1 to rack id %2 loses %3 kPa (Darcy-Weisbach, supply and return), above the CDU&apos;s pump head of %4 kPa</source>
        <translation>el tramo de tubería de %1 al rack id %2 pierde %3 kPa (Darcy-Weisbach, impulsión y retorno), por encima de la altura de bombeo de la CDU de %4 kPa</translation>
    </message>
    <message>
        <source>the pipe run from %1 to rack id %2 loses %3 kPa (Darcy-Weisbach), above the CDU&apos;s pump head of %4 kPa</source>
        <translation>el tramo de tubería de %1 al rack id %2 pierde %3 kPa (Darcy-Weisbach), por encima de la altura de bombeo de la CDU de %4 kPa</translation>
    </message>
    <message>
        <source>Use larger pipes on the run, shorten it, or choose a CDU with more head.</source>
        <translation>Use tuberías mayores en el tramo, acórtelo o elija una CDU con más altura de bombeo.</translation>
    </message>
    <message>
        <source>if %1 fails, the other %2 CDU(s) of its group (hall id %3) have %5 kW for %6 kW of liquid heat (short by %7 kW)</source>
        <translation>si falla %1, las otras %2 CDU de su grupo (sala id %3) tienen %5 kW para %6 kW de calor al líquido (faltan %7 kW)</translation>
    </message>
    <message>
        <source>if %1 fails, the other %2 CDU(s) of its group (hall id %3, path %4) have %5 kW for %6 kW of liquid heat (short by %7 kW)</source>
        <translation>si falla %1, las otras %2 CDU de su grupo (sala id %3, vía %4) tienen %5 kW para %6 kW de calor al líquido (faltan %7 kW)</translation>
    </message>
    <message>
        <source>Add a spare CDU to the group (N+1) so any one CDU can fail.</source>
        <translation>Añada una CDU de reserva al grupo (N+1) para que pueda fallar cualquier CDU.</translation>
    </message>
    <message>
        <source>pipe id %1 carries %2 kW but has no inner diameter</source>
        <translation>la tubería id %1 transporta %2 kW pero no tiene diámetro interior</translation>
    </message>
    <message>
        <source>Set the pipe&apos;s inner diameter.</source>
        <translation>Indique el diámetro interior de la tubería.</translation>
    </message>
    <message>
        <source>pipe id %1 (DN %2 mm) runs at %3 m/s (%4 L/min for %5 kW), above %6 m/s (erosion limit)</source>
        <translation>la tubería id %1 (DN %2 mm) circula a %3 m/s (%4 L/min para %5 kW), por encima de %6 m/s (límite de erosión)</translation>
    </message>
    <message>
        <source>pipe id %1 (DN %2 mm) runs at %3 m/s (%4 L/min for %5 kW), above %6 m/s (design velocity for laterals)</source>
        <translation>la tubería id %1 (DN %2 mm) circula a %3 m/s (%4 L/min para %5 kW), por encima de %6 m/s (velocidad de diseño de ramales)</translation>
    </message>
    <message>
        <source>Use a larger pipe diameter or split the flow over parallel pipes.</source>
        <translation>Use un diámetro de tubería mayor o reparta el caudal en tuberías en paralelo.</translation>
    </message>
    <message>
        <source>the %1 loop (%2 °C supply, %3 kW) at %4 °C dry-bulb / %5 °C wet-bulb (%6)</source>
        <translation>el circuito %1 (impulsión a %2 °C, %3 kW) con %4 °C de bulbo seco / %5 °C de bulbo húmedo (%6)</translation>
    </message>
    <message>
        <source>no chiller or dry cooler serves %1</source>
        <translation>ninguna enfriadora ni enfriador seco atiende %1</translation>
    </message>
    <message>
        <source>Add dry coolers (and trim chillers where the air is too warm), N+1.</source>
        <translation>Añada enfriadores secos (y enfriadoras de apoyo donde el aire sea demasiado cálido), N+1.</translation>
    </message>
    <message>
        <source>%1: the %2 dry cooler(s) (%3 kW) leave %4 kW to chillers, which have %5 kW</source>
        <translation>%1: los %2 enfriadores secos (%3 kW) dejan %4 kW a las enfriadoras, que tienen %5 kW</translation>
    </message>
    <message>
        <source>Add dry coolers or trim chillers (N+1), or raise the supply temperature so the dry coolers carry the heat.</source>
        <translation>Añada enfriadores secos o enfriadoras de apoyo (N+1), o suba la temperatura de impulsión para que los enfriadores secos disipen el calor.</translation>
    </message>
    <message>
        <source>%1: with its largest dry cooler out the plant is short by %2 kW (not N+1)</source>
        <translation>%1: sin su mayor enfriador seco a la planta le faltan %2 kW (no es N+1)</translation>
    </message>
    <message>
        <source>%1: with its largest chiller out the plant is short by %2 kW (not N+1)</source>
        <translation>%1: sin su mayor enfriadora a la planta le faltan %2 kW (no es N+1)</translation>
    </message>
    <message>
        <source>Add one dry cooler / chiller of the largest size as the spare (N+1).</source>
        <translation>Añada como reserva un enfriador seco / una enfriadora del mayor tamaño (N+1).</translation>
    </message>
    <message>
        <source>Fix the site climate or the assumption.</source>
        <translation>Corrija el clima del emplazamiento o el supuesto.</translation>
    </message>
    <message>
        <source>hall &apos;%1&apos; (id %2) rejects %3 kW to air (rack heat not taken by liquid) but its air handlers remove %4 kW</source>
        <translation>la sala «%1» (id %2) disipa %3 kW al aire (calor de los racks que no recoge el líquido) pero sus climatizadores extraen %4 kW</translation>
    </message>
    <message>
        <source>Add air handlers to the hall (capacity at least %1 kW).</source>
        <translation>Añada climatizadores a la sala (capacidad de al menos %1 kW).</translation>
    </message>
    <message>
        <source>%1 rack(s) of &apos;%2&apos; receive %3 °C supply water (from object id %4), above the system&apos;s maximum of %5 °C: %6</source>
        <translation>%1 rack(s) de «%2» reciben agua de impulsión a %3 °C (del objeto id %4), por encima del máximo del sistema de %5 °C: %6</translation>
    </message>
    <message>
        <source>Lower the supply temperature to %1 °C or below (trim chillers), or choose a system rated for warmer water.</source>
        <translation>Baje la temperatura de impulsión a %1 °C o menos (enfriadoras de apoyo), o elija un sistema que admita agua más caliente.</translation>
    </message>
    <message>
        <source>%1 rack(s) of &apos;%2&apos;</source>
        <translation>%1 rack(s) de «%2»</translation>
    </message>
    <message>
        <source>Choose a GPU system from the catalog or add a user entry with category &apos;system&apos; and its ratings.</source>
        <translation>Elija un sistema de GPU del catálogo o añada una entrada de usuario con la categoría &apos;system&apos; y sus características.</translation>
    </message>
    <message>
        <source>%1 in hall &apos;%2&apos; (id %3)</source>
        <translation>%1 en la sala «%2» (id %3)</translation>
    </message>
    <message>
        <source>%1 draw %2 kW per rack, above the hall&apos;s limit of %3 kW per rack</source>
        <translation>%1 consumen %2 kW por rack, por encima del límite de la sala de %3 kW por rack</translation>
    </message>
    <message>
        <source>Move the racks to a hall rated for %1 kW per rack, raise the hall&apos;s max rack power, or pick a lower-power system.</source>
        <translation>Lleve los racks a una sala preparada para %1 kW por rack, suba la potencia máxima por rack de la sala o elija un sistema de menor potencia.</translation>
    </message>
    <message>
        <source>%1 reject %2 kW per rack to air (liquid fraction %3), above the practical air-cooling limit of %4 kW per rack</source>
        <translation>%1 disipan %2 kW por rack al aire (fracción líquida %3), por encima del límite práctico de la refrigeración por aire de %4 kW por rack</translation>
    </message>
    <message>
        <source>Use direct liquid cooling (a hall with liquid provision and a liquid-cooled system), rear-door heat exchangers, or fewer kW per rack.</source>
        <translation>Use refrigeración líquida directa (una sala con previsión de líquido y un sistema refrigerado por líquido), intercambiadores de puerta trasera o menos kW por rack.</translation>
    </message>
    <message>
        <source>%1 need liquid cooling for %2 % of their heat, but the hall has air cooling only</source>
        <translation>%1 necesitan refrigeración líquida para el %2 % de su calor, pero la sala solo tiene refrigeración por aire</translation>
    </message>
    <message>
        <source>Set the hall&apos;s cooling provision to liquid or both, or move the racks to a liquid-cooled hall.</source>
        <translation>Cambie la previsión de refrigeración de la sala a líquido o ambos, o lleve los racks a una sala con refrigeración líquida.</translation>
    </message>
    <message>
        <source>%1 load the floor with %2 kg/m² (%3 kg over %4 m x (%5 m + %6 m service share) = %7 m²), above the floor rating of %8 kg/m²</source>
        <translation>%1 cargan el suelo con %2 kg/m² (%3 kg sobre %4 m x (%5 m + %6 m de parte de servicio) = %7 m²), por encima de la resistencia del suelo de %8 kg/m²</translation>
    </message>
    <message>
        <source>Use a slab-on-grade hall or a stronger floor, or spread the load with wider aisles or load-spreading plates.</source>
        <translation>Use una sala con solera sobre el terreno o un suelo más resistente, o reparta la carga con pasillos más anchos o placas de reparto.</translation>
    </message>
    <message>
        <source>%1 rack(s) have no link to a compute-fabric switch: %2</source>
        <translation>%1 rack(s) no tienen enlace con un switch del fabric de cómputo: %2</translation>
    </message>
    <message>
        <source>Connect each rack&apos;s NICs to the leaf switches of the compute fabric.</source>
        <translation>Conecte las NIC de cada rack a los switches leaf del fabric de cómputo.</translation>
    </message>
    <message>
        <source>%1 rack(s) (%2 GPUs) are on a fabric island that cannot reach the other %3 GPUs: %4</source>
        <translation>%1 rack(s) (%2 GPU) están en una isla del fabric que no llega a las otras %3 GPU: %4</translation>
    </message>
    <message>
        <source>Add uplinks from these racks&apos; leaves to the spines of the main fabric.</source>
        <translation>Añada enlaces ascendentes desde los leaf de estos racks a los spine del fabric principal.</translation>
    </message>
    <message>
        <source>the shortest path between rack id %1 and rack id %2 crosses %3 switches, more than the %4 of a %5-tier fat tree</source>
        <translation>el camino más corto entre el rack id %1 y el rack id %2 atraviesa %3 switches, más que los %4 de un fat tree de %5 niveles</translation>
    </message>
    <message>
        <source>Connect every leaf to the spines of its fabric (and spines to every core group), or declare the number of tiers the fabric really has.</source>
        <translation>Conecte cada leaf a los spine de su fabric (y los spine a cada grupo core), o declare el número de niveles que tiene realmente el fabric.</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; (id %2) needs %3 ports but has %4 (%5 Gb/s)</source>
        <translation>el switch «%1» (id %2) necesita %3 puertos pero tiene %4 (%5 Gb/s)</translation>
    </message>
    <message>
        <source>Add a switch and move links to it, or use a higher-radix switch.</source>
        <translation>Añada un switch y pase enlaces a él, o use un switch de más puertos.</translation>
    </message>
    <message>
        <source>%1 compute switch(es) below the top tier have downlinks but no uplinks: %2</source>
        <translation>%1 switch(es) de cómputo por debajo del nivel superior tienen enlaces descendentes pero ninguno ascendente: %2</translation>
    </message>
    <message>
        <source>Connect these switches to the next tier.</source>
        <translation>Conecte estos switches al nivel siguiente.</translation>
    </message>
    <message>
        <source>%1 tier-%2 switch(es) exceed the declared %3:1 oversubscription; worst &apos;%4&apos; (id %5) has %6 Gb/s down and %7 Gb/s up (%8:1)</source>
        <translation>%1 switch(es) del nivel %2 superan la sobresuscripción declarada de %3:1; el peor, «%4» (id %5), tiene %6 Gb/s de bajada y %7 Gb/s de subida (%8:1)</translation>
    </message>
    <message>
        <source>Add uplinks (or spines) until down:up bandwidth meets the declared ratio.</source>
        <translation>Añada enlaces ascendentes (o spines) hasta que el ancho de banda bajada:subida cumpla la relación declarada.</translation>
    </message>
    <message>
        <source>%1 %2 link bundle(s) are longer than the medium&apos;s reach of %3 m; longest id %4 at %5 m</source>
        <translation>%1 haz(ces) de enlaces %2 son más largos que el alcance del medio de %3 m; el más largo, id %4, con %5 m</translation>
    </message>
    <message>
        <source>Use active copper or multimode optics, or move the switch closer.</source>
        <translation>Use cobre activo u óptica multimodo, o acerque el switch.</translation>
    </message>
    <message>
        <source>Use single-mode optics (DR4 up to 500 m, FR4 up to 2 km).</source>
        <translation>Use óptica monomodo (DR4 hasta 500 m, FR4 hasta 2 km).</translation>
    </message>
    <message>
        <source>Place the switches closer together (an intermediate tier).</source>
        <translation>Coloque los switches más cerca entre sí (un nivel intermedio).</translation>
    </message>
    <message>
        <source>the worst single switch failure is &apos;%1&apos; (id %2, tier %3): it takes %4 Gb/s of the fabric&apos;s %5 Gb/s bisection bandwidth (%6 %)</source>
        <translation>el peor fallo de un solo switch es «%1» (id %2, nivel %3): se lleva %4 Gb/s de los %5 Gb/s de ancho de banda de bisección del fabric (%6 %)</translation>
    </message>
    <message>
        <source>Informational: spread links so no switch carries an outsized share.</source>
        <translation>Informativo: reparta los enlaces para que ningún switch soporte una parte desmesurada.</translation>
    </message>
    <message>
        <source> (%1 % continuous-load limit of %2 kW)</source>
        <translation> (límite de carga continua del %1 % de %2 kW)</translation>
    </message>
    <message>
        <source> [rating %1 kVA at PF %2]</source>
        <translation> [potencia asignada %1 kVA con FP %2]</translation>
    </message>
    <message>
        <source>%1 rack(s) in hall id %2 have no power link from any power node: %3</source>
        <translation>%1 rack(s) en la sala id %2 no tienen enlace eléctrico desde ningún nodo de potencia: %3</translation>
    </message>
    <message>
        <source>Connect each rack to a busway, PDU or RPP (two feeds from different paths for 2N).</source>
        <translation>Conecte cada rack a una blindobarra, PDU o RPP (dos alimentaciones de vías distintas para 2N).</translation>
    </message>
    <message>
        <source>power links form a loop through %1 node(s): %2; loads cannot be computed through them</source>
        <translation>los enlaces eléctricos forman un bucle a través de %1 nodo(s): %2; no se pueden calcular las cargas a través de ellos</translation>
    </message>
    <message>
        <source>Remove the link that feeds a node from its own downstream.</source>
        <translation>Quite el enlace que alimenta un nodo desde su propio aguas abajo.</translation>
    </message>
    <message>
        <source>%1 carries %2 kW (%3 kVA at PF %4, including downstream conversion losses), above its limit of %5; utilization %6 %</source>
        <translation>%1 soporta %2 kW (%3 kVA con FP %4, incluidas las pérdidas de conversión aguas abajo), por encima de su límite de %5; utilización %6 %</translation>
    </message>
    <message>
        <source>Add parallel capacity, move load to another %1, or use a larger rating.</source>
        <translation>Añada capacidad en paralelo, pase carga a otro %1 o use una potencia asignada mayor.</translation>
    </message>
    <message>
        <source>%1 carries %2 A (%3 kW at %4 V three-phase, PF %5), above %6 A (%7 % of its %8 A rating)</source>
        <translation>%1 soporta %2 A (%3 kW a %4 V trifásica, FP %5), por encima de %6 A (%7 % de su intensidad asignada de %8 A)</translation>
    </message>
    <message>
        <source>Split the load over more busways/feeders or use a higher ampacity.</source>
        <translation>Reparta la carga en más blindobarras/alimentadores o use una intensidad admisible mayor.</translation>
    </message>
    <message>
        <source>power link id %1 carries %2 A (%3 kW at %4 V, PF %5), above %6 A (%7 % of %8 A)</source>
        <translation>el enlace eléctrico id %1 soporta %2 A (%3 kW a %4 V, FP %5), por encima de %6 A (%7 % de %8 A)</translation>
    </message>
    <message>
        <source>Use a larger conductor or split the feeder.</source>
        <translation>Use un conductor mayor o divida el alimentador.</translation>
    </message>
    <message>
        <source>no labelled path</source>
        <translation>ninguna vía etiquetada</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>la vía %1</translation>
    </message>
    <message>
        <source>%1 rack(s) are fed only from %2 (%3 feed(s)); %4 needs every rack fed from two different paths: %5</source>
        <translation>%1 rack(s) se alimentan solo desde %2 (%3 alimentación(es)); %4 necesita cada rack alimentado desde dos vías distintas: %5</translation>
    </message>
    <message>
        <source>Add a second feed from another path (A/B) to these racks.</source>
        <translation>Añada a estos racks una segunda alimentación desde otra vía (A/B).</translation>
    </message>
    <message>
        <source>%1 needs %2 independent power paths, the design labels %3</source>
        <translation>%1 necesita %2 vías de alimentación independientes, el diseño etiqueta %3</translation>
    </message>
    <message>
        <source>Label the power nodes of each path (A, B, ...) and build the missing paths.</source>
        <translation>Etiquete los nodos de potencia de cada vía (A, B, ...) y construya las vías que faltan.</translation>
    </message>
    <message>
        <source>failure of path %1</source>
        <translation>el fallo de la vía %1</translation>
    </message>
    <message>
        <source>failure of %1</source>
        <translation>el fallo de %1</translation>
    </message>
    <message>
        <source>under %1, %2 leaves %3 rack(s) without power: %4</source>
        <translation>con %1, %2 deja %3 rack(s) sin alimentación: %4</translation>
    </message>
    <message>
        <source>Feed these racks from a second, independent path or parallel unit.</source>
        <translation>Alimente estos racks desde una segunda vía independiente o una unidad en paralelo.</translation>
    </message>
    <message>
        <source>under %1, %2 moves load onto %3: %4 kW (normally %5 kW), above its limit of %6</source>
        <translation>con %1, %2 traslada carga a %3: %4 kW (normalmente %5 kW), por encima de su límite de %6</translation>
    </message>
    <message>
        <source>Size each path for the load it takes over when another path fails, or add capacity.</source>
        <translation>Dimensione cada vía para la carga que asume cuando falla otra, o añada capacidad.</translation>
    </message>
    <message>
        <source>%1 declares %2 spare module(s) of %3, but with one module failed the remaining %4 kW cannot carry its %5 kW load</source>
        <translation>%1 declara %2 módulo(s) de reserva de %3, pero con un módulo averiado los %4 kW restantes no pueden soportar su carga de %5 kW</translation>
    </message>
    <message>
        <source>Add a module or move load away so that N modules carry it.</source>
        <translation>Añada un módulo o quite carga para que N módulos la soporten.</translation>
    </message>
    <message>
        <source>rack &apos;%1&apos; (id %2)</source>
        <translation>el rack «%1» (id %2)</translation>
    </message>
    <message>
        <source>%1 refers to hall id %2, which does not exist</source>
        <translation>%1 hace referencia a la sala id %2, que no existe</translation>
    </message>
    <message>
        <source>Assign the rack to an existing hall.</source>
        <translation>Asigne el rack a una sala existente.</translation>
    </message>
    <message>
        <source>hall &apos;%1&apos;</source>
        <translation>la sala «%1»</translation>
    </message>
    <message>
        <source>%1 occupies %2, not inside %3 %4</source>
        <translation>%1 ocupa %2, fuera de %3 %4</translation>
    </message>
    <message>
        <source>Move the rack inside the hall.</source>
        <translation>Lleve el rack al interior de la sala.</translation>
    </message>
    <message>
        <source>%1 has its front service area %2 outside %3</source>
        <translation>%1 tiene su zona de servicio delantera %2 fuera de %3</translation>
    </message>
    <message>
        <source>%1 has its rear service area %2 outside %3</source>
        <translation>%1 tiene su zona de servicio trasera %2 fuera de %3</translation>
    </message>
    <message>
        <source>Leave the catalog&apos;s service clearance between the rack and the wall.</source>
        <translation>Deje entre el rack y la pared el espacio de servicio del catálogo.</translation>
    </message>
    <message>
        <source>%1 %2 overlaps %3 %4</source>
        <translation>%1 %2 se solapa con %3 %4</translation>
    </message>
    <message>
        <source>Move one of the racks.</source>
        <translation>Mueva uno de los racks.</translation>
    </message>
    <message>
        <source>%1 needs %2 m of clear front service space, but %3 stands in it</source>
        <translation>%1 necesita %2 m libres de espacio de servicio delantero, pero %3 está en él</translation>
    </message>
    <message>
        <source>%1 needs %2 m of clear rear service space, but %3 stands in it</source>
        <translation>%1 necesita %2 m libres de espacio de servicio trasero, pero %3 está en él</translation>
    </message>
    <message>
        <source>Widen the aisle to at least %1 m or move the other rack.</source>
        <translation>Ensanche el pasillo a al menos %1 m o mueva el otro rack.</translation>
    </message>
    <message>
        <source>%1 overlaps more than %2 other racks (over %3 racks stand within its clearance; not all were checked)</source>
        <translation>%1 se solapa con más de %2 racks (más de %3 racks están dentro de su espacio de servicio; no se han comprobado todos)</translation>
    </message>
    <message>
        <source>%1 overlaps %2 more racks than listed</source>
        <translation>%1 se solapa con %2 racks más de los indicados</translation>
    </message>
    <message>
        <source>Move the racks apart: they stand on the same floor space.</source>
        <translation>Separe los racks: ocupan el mismo espacio de suelo.</translation>
    </message>
    <message>
        <source>%1 has its service space blocked by %2 more racks than listed</source>
        <translation>%1 tiene su espacio de servicio bloqueado por %2 racks más de los indicados</translation>
    </message>
    <message>
        <source>Widen the aisles or move the other racks.</source>
        <translation>Ensanche los pasillos o mueva los otros racks.</translation>
    </message>
    <message>
        <source>%1 is fed by busway &apos;%2&apos; (id %3) but stands %4 m (plan) from its route, beyond the %5 m tap-off reach</source>
        <translation>%1 se alimenta de la blindobarra «%2» (id %3) pero está a %4 m (en planta) de su trazado, más allá del alcance de derivación de %5 m</translation>
    </message>
    <message>
        <source>Route the busway over the rack&apos;s row or feed the rack from a nearer busway.</source>
        <translation>Lleve la blindobarra sobre la fila del rack o alimente el rack desde una blindobarra más cercana.</translation>
    </message>
    <message>
        <source>pipe id %1 starts %2 m (plan) from its source object id %3, beyond the %4 m connection tolerance</source>
        <translation>la tubería id %1 empieza a %2 m (en planta) de su objeto de origen id %3, más allá de la tolerancia de conexión de %4 m</translation>
    </message>
    <message>
        <source>Start the pipe route at the source&apos;s connection point.</source>
        <translation>Empiece el trazado de la tubería en el punto de conexión del origen.</translation>
    </message>
    <message>
        <source>pipe id %1 ends %2 m (plan) from its target object id %3, beyond the %4 m connection tolerance</source>
        <translation>la tubería id %1 termina a %2 m (en planta) de su objeto de destino id %3, más allá de la tolerancia de conexión de %4 m</translation>
    </message>
    <message>
        <source>End the pipe route at the target&apos;s connection point.</source>
        <translation>Termine el trazado de la tubería en el punto de conexión del destino.</translation>
    </message>
    <message>
        <source>Assign it to an existing hall or to the yard (no hall).</source>
        <translation>Asígnelo a una sala existente o al patio (sin sala).</translation>
    </message>
    <message>
        <source>%1 at (%2, %3) m is outside hall &apos;%4&apos; %5</source>
        <translation>%1 en (%2; %3) m está fuera de la sala «%4» %5</translation>
    </message>
    <message>
        <source>Move it inside the hall.</source>
        <translation>Llévelo al interior de la sala.</translation>
    </message>
    <message>
        <source>Connect it to an existing object or delete it.</source>
        <translation>Conéctelo a un objeto existente o elimínelo.</translation>
    </message>
    <message>
        <source>busway &apos;%1&apos; (id %2) has no feed from an upstream power node</source>
        <translation>la blindobarra «%1» (id %2) no tiene alimentación desde un nodo de potencia aguas arriba</translation>
    </message>
    <message>
        <source>Connect the busway&apos;s feed end to a switchboard, UPS or PDU.</source>
        <translation>Conecte el extremo de alimentación de la blindobarra a un cuadro, SAI o PDU.</translation>
    </message>
    <message>
        <source>busway &apos;%1&apos; (id %2) has a route of a single point</source>
        <translation>la blindobarra «%1» (id %2) tiene un trazado de un solo punto</translation>
    </message>
    <message>
        <source>Draw the busway route from its feed end along the racks it serves.</source>
        <translation>Dibuje el trazado de la blindobarra desde su extremo de alimentación a lo largo de los racks que alimenta.</translation>
    </message>
    <message>
        <source>power link id %1: its source (id %2) is not a power node</source>
        <translation>enlace de potencia id %1: su origen (id %2) no es un nodo de potencia</translation>
    </message>
    <message>
        <source>power link id %1: its target (id %2) is not a power node or rack</source>
        <translation>enlace de potencia id %1: su destino (id %2) no es un nodo de potencia ni un rack</translation>
    </message>
    <message>
        <source>pipe id %1: its source (id %2) is not a cooling node</source>
        <translation>tubería id %1: su origen (id %2) no es un nodo de refrigeración</translation>
    </message>
    <message>
        <source>pipe id %1: its target (id %2) is not a cooling node or rack</source>
        <translation>tubería id %1: su destino (id %2) no es un nodo de refrigeración ni un rack</translation>
    </message>
    <message>
        <source>network link id %1: its source (id %2) is not a rack or switch</source>
        <translation>enlace de red id %1: su origen (id %2) no es un rack ni un switch</translation>
    </message>
    <message>
        <source>network link id %1: its target (id %2) is not a switch</source>
        <translation>enlace de red id %1: su destino (id %2) no es un switch</translation>
    </message>
</context>
</TS>
