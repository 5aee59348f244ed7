<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Esta compilación no incluye la guía de usuario.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Single keys do not act while you type in a text field. The mouse: wheel zooms, middle drag pans, right drag zooms, right click opens the menu of what is under the cursor.</source>
        <translation>Las teclas sueltas no actúan mientras escribe en un campo de texto. El ratón: la rueda acerca y aleja, arrastrar con el botón central desplaza, arrastrar con el derecho hace zoom y el clic derecho abre el menú de lo que hay bajo el cursor.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>%1 entries, %2, file of %3</source>
        <translation>%1 entradas, %2, archivo del %3</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AI Factory Planner %1&lt;/h2&gt;&lt;p&gt;Plans GPU data centres: halls, racks, power, cooling and network, with validation, estimates and a build schedule.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog:&lt;/b&gt; %2&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Qt %3&lt;/td&gt;&lt;td&gt;LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;VTK %4&lt;/td&gt;&lt;td&gt;BSD-3-Clause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Boost %5&lt;/td&gt;&lt;td&gt;Boost Software License 1.0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite %6&lt;/td&gt;&lt;td&gt;public domain&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;AI Factory Planner %1&lt;/h2&gt;&lt;p&gt;Planifica centros de datos de GPU: salas, racks, potencia, refrigeración y red, con validación, estimaciones y cronograma de construcción.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catálogo:&lt;/b&gt; %2&lt;/p&gt;&lt;h3&gt;Bibliotecas&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Qt %3&lt;/td&gt;&lt;td&gt;LGPL-3.0 (Qt Charts: GPL-3.0)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;VTK %4&lt;/td&gt;&lt;td&gt;BSD-3-Clause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Boost %5&lt;/td&gt;&lt;td&gt;Boost Software License 1.0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite %6&lt;/td&gt;&lt;td&gt;dominio público&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About AI Factory Planner</source>
        <translation>Acerca &amp;de AI Factory Planner</translation>
    </message>
    <message>
        <source>About AI Factory Planner</source>
        <translation>Acerca de AI Factory Planner</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportar plano</translation>
    </message>
    <message>
        <source>The design has no hall to draw.</source>
        <translation>El diseño no tiene ninguna sala que dibujar.</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Bill of materials: %1</source>
        <translation>Lista de materiales: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation>%1: falló la escritura (%2)</translation>
    </message>
    <message>
        <source>No hall %1 in the design (it has %2).</source>
        <translation>El diseño no tiene la sala %1 (tiene %2).</translation>
    </message>
    <message>
        <source>Plan of %1: %2</source>
        <translation>Plano de %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown image format (use .png or .svg)</source>
        <translation>%1: formato de imagen desconocido (use .png o .svg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the %2 file</source>
        <translation>%1: no se puede escribir el archivo %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Bill of materials (CSV)…</source>
        <translation>&amp;Lista de materiales (CSV)…</translation>
    </message>
    <message>
        <source>Export bill of materials</source>
        <translation>Exportar lista de materiales</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;image</source>
        <translation>Exportar &amp;imagen</translation>
    </message>
    <message>
        <source>&amp;3D view (PNG)…</source>
        <translation>Vista &amp;3D (PNG)…</translation>
    </message>
    <message>
        <source>Export 3D view</source>
        <translation>Exportar vista 3D</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>The 3D view cannot be rendered (no OpenGL context).</source>
        <translation>No se puede representar la vista 3D (no hay contexto OpenGL).</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: no se puede escribir el archivo PNG</translation>
    </message>
    <message>
        <source>Hall &amp;plan (PNG)…</source>
        <translation>&amp;Plano de sala (PNG)…</translation>
    </message>
    <message>
        <source>Hall plan (&amp;SVG)…</source>
        <translation>Plano de sala (&amp;SVG)…</translation>
    </message>
    <message>
        <source>Export hall plan</source>
        <translation>Exportar plano de sala</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Set assumption %1</source>
        <translation>Fijar el supuesto %1</translation>
    </message>
    <message>
        <source>Reset assumption %1</source>
        <translation>Restablecer el supuesto %1</translation>
    </message>
    <message>
        <source>Facility power at design IT load (%1 kW, PUE %2 design)</source>
        <translation>Potencia de la instalación con la carga de TI de diseño (%L1 kW, PUE de diseño %L2)</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refrigeración</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Factory tokens/s per model (%1, %2)</source>
        <translation>Tokens/s de la fábrica por modelo (%1, %2)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>p99 time to first token per model</source>
        <translation>Tiempo hasta el primer token p99 por modelo</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cost (M USD): capex by category and cost per year</source>
        <translation>Coste (M USD): capex por categoría y coste anual</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>M USD</source>
        <translation>M USD</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>IT MW design</source>
        <translation>MW de TI de diseño</translation>
    </message>
    <message>
        <source>IT MW typical</source>
        <translation>MW de TI típicos</translation>
    </message>
    <message>
        <source>Facility MW design</source>
        <translation>MW de la instalación de diseño</translation>
    </message>
    <message>
        <source>Facility MVA design</source>
        <translation>MVA de la instalación de diseño</translation>
    </message>
    <message>
        <source>PUE design</source>
        <translation>PUE de diseño</translation>
    </message>
    <message>
        <source>PUE annual</source>
        <translation>PUE anual</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>TTFT ms</source>
        <translation>TTFT ms</translation>
    </message>
    <message>
        <source>TPOT ms</source>
        <translation>TPOT ms</translation>
    </message>
    <message>
        <source>Tokens/s per MW</source>
        <translation>Tokens/s por MW</translation>
    </message>
    <message>
        <source>J/token</source>
        <translation>J/token</translation>
    </message>
    <message>
        <source>Opex/yr</source>
        <translation>Opex/año</translation>
    </message>
    <message>
        <source>$/M tokens</source>
        <translation>$/M tokens</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>Simulate &amp;failure</source>
        <translation>Simular &amp;fallo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Fail the selected power, cooling or network objects and show the racks, GPUs and tokens/s lost</source>
        <translation>Hace fallar los objetos de potencia, refrigeración o red seleccionados y muestra los racks, GPU y tokens/s perdidos</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too long (the limit is %3)</source>
        <translation>%1: %2 bytes es demasiado largo (el límite es %3)</translation>
    </message>
    <message>
        <source>%1: %2 is not valid UTF-8 text</source>
        <translation>%1: %2 no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>%1: %2 contains a control character</source>
        <translation>%1: %2 contiene un carácter de control</translation>
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
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>Fecha de precios</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Price date: %1 is not a date YYYY-MM-DD (leave it empty for the report&apos;s date)</source>
        <translation>Fecha de precios: %1 no es una fecha AAAA-MM-DD (déjela vacía para usar la fecha del informe)</translation>
    </message>
    <message>
        <source>Currency: %1 is not an ISO 4217 code such as USD or EUR</source>
        <translation>Moneda: %1 no es un código ISO 4217 como USD o EUR</translation>
    </message>
    <message>
        <source>%1: export cancelled; nothing was written</source>
        <translation>%1: exportación cancelada; no se ha escrito nada</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export NetBox import files into a new folder</source>
        <translation>Exportar archivos de importación de NetBox a una carpeta nueva</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <source>Export DXF hall plans</source>
        <translation>Exportar planos de sala en DXF</translation>
    </message>
    <message>
        <source>DXF drawing (*.dxf)</source>
        <translation>Dibujo DXF (*.dxf)</translation>
    </message>
    <message>
        <source>Export 3D model</source>
        <translation>Exportar modelo 3D</translation>
    </message>
    <message>
        <source>glTF binary (*.glb)</source>
        <translation>glTF binario (*.glb)</translation>
    </message>
    <message>
        <source>&amp;NetBox import files…</source>
        <translation>Archivos de importación de &amp;NetBox…</translation>
    </message>
    <message>
        <source>&amp;DXF hall plans…</source>
        <translation>Planos de sala en &amp;DXF…</translation>
    </message>
    <message>
        <source>3D &amp;model (.glb)…</source>
        <translation>&amp;Modelo 3D (.glb)…</translation>
    </message>
    <message>
        <source>Document p&amp;roperties…</source>
        <translation>P&amp;ropiedades del documento…</translation>
    </message>
    <message>
        <source>Typed-in design ambient</source>
        <translation>Temperatura de diseño introducida</translation>
    </message>
    <message>
        <source>%1 (%2), %3 °C</source>
        <translation>%1 (%2), %3 °C</translation>
    </message>
    <message>
        <source>0.4 % design %1 °C dry-bulb / %2 °C wet-bulb (%3); monthly statistics %4. Sources: hover here, or aifp-cli climate show %5</source>
        <translation>Diseño al 0,4 %: %1 °C de bulbo seco / %2 °C de bulbo húmedo (%3); estadísticas mensuales %4. Fuentes: pase el puntero por aquí, o aifp-cli climate show %5</translation>
    </message>
    <message>
        <source>Design dry-bulb: %1
Design wet-bulb: %2
Monthly statistics: %3: %4</source>
        <translation>Bulbo seco de diseño: %1
Bulbo húmedo de diseño: %2
Estadísticas mensuales: %3: %4</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>cuadrícula</translation>
    </message>
    <message>
        <source>row end</source>
        <translation>extremo de fila</translation>
    </message>
    <message>
        <source>connection point</source>
        <translation>punto de conexión</translation>
    </message>
    <message>
        <source>right angle</source>
        <translation>ángulo recto</translation>
    </message>
    <message>
        <source>hall corner</source>
        <translation>esquina de sala</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Switch to variant %1</source>
        <translation>Cambiar a la variante %1</translation>
    </message>
    <message>
        <source>New variant %1</source>
        <translation>Nueva variante %1</translation>
    </message>
    <message>
        <source>Rename variant %1 to %2</source>
        <translation>Renombrar la variante %1 como %2</translation>
    </message>
    <message>
        <source>Delete variant %1</source>
        <translation>Eliminar la variante %1</translation>
    </message>
    <message>
        <source>Make %1 the base variant</source>
        <translation>Hacer de %1 la variante base</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ArrayDialog</name>
    <message>
        <source>Array of racks</source>
        <translation>Matriz de racks</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Racks per row</source>
        <translation>Racks por fila</translation>
    </message>
    <message>
        <source>Aisle width</source>
        <translation>Ancho de pasillo</translation>
    </message>
    <message>
        <source>Origin x (south-west corner)</source>
        <translation>Origen x (esquina suroeste)</translation>
    </message>
    <message>
        <source>Origin y</source>
        <translation>Origen y</translation>
    </message>
    <message>
        <source>Cannot place the array: %1</source>
        <translation>No se puede colocar la matriz: %1</translation>
    </message>
    <message>
        <source>%1 racks, block %2 m x %3 m, %4 MW IT at rack nameplate; rows alternate so fronts share cold aisles and backs share hot aisles.</source>
        <translation>%1 racks, bloque de %L2 m x %L3 m, %L4 MW de TI según la placa de los racks; las filas se alternan para que los frentes compartan pasillos fríos y las traseras, pasillos calientes.</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ArrayReaction</name>
    <message>
        <source>Array of %1 x %2 racks</source>
        <translation>Matriz de %1 x %2 racks</translation>
    </message>
</context>
<context>
    <name>aifp::ui::AssumptionTableModel</name>
    <message>
        <source>user override</source>
        <translation>valor del usuario</translation>
    </message>
    <message>
        <source>Descriptive: the engine has no override for this assumption</source>
        <translation>Descriptivo: el motor no admite cambiar este supuesto</translation>
    </message>
    <message>
        <source>Overridden by the user; &apos;Reset to default&apos; restores the sourced value</source>
        <translation>Cambiado por el usuario; «Restablecer» vuelve al valor con fuente</translation>
    </message>
    <message>
        <source>Not a sourced figure: a planning assumption to check</source>
        <translation>Cifra sin fuente: un supuesto de planificación que hay que comprobar</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
</context>
<context>
    <name>aifp::ui::BackgroundDock</name>
    <message>
        <source>Computing...</source>
        <translation>Calculando...</translation>
    </message>
</context>
<context>
    <name>aifp::ui::CatalogDock</name>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Filter by id, vendor or model</source>
        <translation>Filtrar por id, fabricante o modelo</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Key ratings</source>
        <translation>Características principales</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Not a verified figure: treat as an assumption</source>
        <translation>Cifra no verificada: trátela como un supuesto</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (proyecto)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;category: %4, confidence: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;categoría: %4, confianza: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ assumption / unverified: not a fact</source>
        <translation>⚠ supuesto / no verificado: no es un dato</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>aifp::ui::CompareDock</name>
    <message>
        <source>Compare variants</source>
        <translation>Comparar variantes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message numerus="yes">
        <source>Computing the figures of %n variant(s)...</source>
        <translation>
            <numerusform>Calculando las cifras de %n variante...</numerusform>
            <numerusform>Calculando las cifras de %n variantes...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s), the base first; differences to the base in brackets. The same figures as aifp-cli compare.</source>
        <translation>
            <numerusform>%n variante, la base primero; diferencias con la base entre paréntesis. Las mismas cifras que aifp-cli compare.</numerusform>
            <numerusform>%n variantes, la base primero; diferencias con la base entre paréntesis. Las mismas cifras que aifp-cli compare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Sin calcular: %1</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
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
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>M %1</source>
        <translation>M %1</translation>
    </message>
    <message>
        <source>Facility power (design)</source>
        <translation>Potencia de la instalación (diseño)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Tokens/s per MW</source>
        <translation>Tokens/s por MW</translation>
    </message>
    <message>
        <source>tokens/s per MW</source>
        <translation>tokens/s por MW</translation>
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
        <source>&amp;Compare variants</source>
        <translation>&amp;Comparar variantes</translation>
    </message>
</context>
<context>
    <name>aifp::ui::DefaultName</name>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <source>Busway %1</source>
        <translation>Blindobarra %1</translation>
    </message>
</context>
<context>
    <name>aifp::ui::DimensionTool</name>
    <message>
        <source>Click the other end of the dimension (Esc cancels)</source>
        <translation>Haga clic en el otro extremo de la cota (Esc cancela)</translation>
    </message>
    <message>
        <source>a dimension needs two different points</source>
        <translation>una cota necesita dos puntos distintos</translation>
    </message>
    <message>
        <source>Dimension %1 m placed; Backspace removes the last one</source>
        <translation>Cota de %1 m colocada; Retroceso quita la última</translation>
    </message>
    <message>
        <source>Dimension %1 m (x %2 m, y %3 m)</source>
        <translation>Cota de %1 m (x %2 m, y %3 m)</translation>
    </message>
    <message>
        <source>Dimension cancelled</source>
        <translation>Cota cancelada</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Acotar</translation>
    </message>
</context>
<context>
    <name>aifp::ui::DocumentPropertiesDialog</name>
    <message>
        <source>Document properties</source>
        <translation>Propiedades del documento</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>who the proposal is for</source>
        <translation>para quién es la propuesta</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>who prepared it</source>
        <translation>quién la ha preparado</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Revisión:</translation>
    </message>
    <message>
        <source>e.g. B</source>
        <translation>p. ej. B</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Número de documento:</translation>
    </message>
    <message>
        <source>e.g. AIF-2026-014</source>
        <translation>p. ej. AIF-2026-014</translation>
    </message>
    <message>
        <source>C&amp;onfidentiality:</source>
        <translation>C&amp;onfidencialidad:</translation>
    </message>
    <message>
        <source>e.g. Confidential - customer only</source>
        <translation>p. ej. Confidencial - solo el cliente</translation>
    </message>
    <message>
        <source>&amp;Price date:</source>
        <translation>&amp;Fecha de precios:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: the report&apos;s date)</source>
        <translation>AAAA-MM-DD (vacía: la fecha del informe)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>ISO 4217 code</source>
        <translation>código ISO 4217</translation>
    </message>
    <message>
        <source>Printed on the report&apos;s cover; the document number, revision and confidentiality also in every page&apos;s footer. Prices are in USD (the catalog&apos;s currency): another currency is printed with a note that the project has no exchange rate.</source>
        <translation>Se imprimen en la portada del informe; el número de documento, la revisión y la confidencialidad también en el pie de cada página. Los precios están en USD (la moneda del catálogo): otra moneda se imprime con una nota de que el proyecto no tiene tipo de cambio.</translation>
    </message>
    <message>
        <source>Edit document properties</source>
        <translation>Editar las propiedades del documento</translation>
    </message>
</context>
<context>
    <name>aifp::ui::EditError</name>
    <message>
        <source>the clipboard holds no copied objects</source>
        <translation>el portapapeles no contiene objetos copiados</translation>
    </message>
    <message>
        <source>the copied objects cannot be pasted: %1</source>
        <translation>los objetos copiados no se pueden pegar: %1</translation>
    </message>
    <message>
        <source>a pasted %1 uses &apos;%2&apos;, which this project&apos;s catalog lacks</source>
        <translation>un %1 pegado usa «%2», que no está en el catálogo de este proyecto</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>rack</translation>
    </message>
    <message>
        <source>a pasted rack would stand outside every hall</source>
        <translation>un rack pegado quedaría fuera de todas las salas</translation>
    </message>
    <message>
        <source>piece of equipment</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>switch</translation>
    </message>
    <message>
        <source>move distance is not a number</source>
        <translation>la distancia del desplazamiento no es un número</translation>
    </message>
    <message>
        <source>object %1 is not a hall</source>
        <translation>el objeto %1 no es una sala</translation>
    </message>
    <message>
        <source>hall width must be a positive number of metres</source>
        <translation>el ancho de la sala debe ser un número positivo de metros</translation>
    </message>
    <message>
        <source>hall depth must be a positive number of metres</source>
        <translation>el fondo de la sala debe ser un número positivo de metros</translation>
    </message>
    <message>
        <source>unknown system &apos;%1&apos; (not in the catalog)</source>
        <translation>sistema desconocido «%1» (no está en el catálogo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a GPU system</source>
        <translation>«%1» es un %2, no un sistema de GPU</translation>
    </message>
    <message>
        <source>rows must be at least 1</source>
        <translation>las filas deben ser al menos 1</translation>
    </message>
    <message>
        <source>racks per row must be at least 1</source>
        <translation>los racks por fila deben ser al menos 1</translation>
    </message>
    <message>
        <source>aisle width must be a positive number of metres</source>
        <translation>el ancho de pasillo debe ser un número positivo de metros</translation>
    </message>
    <message>
        <source>block origin is not a number</source>
        <translation>el origen del bloque no es un número</translation>
    </message>
    <message>
        <source>no hall with id %1</source>
        <translation>no hay ninguna sala con id %1</translation>
    </message>
    <message>
        <source>a block of %1 x %2 at the snapped origin does not fit in hall &apos;%3&apos; (%4 x %5)</source>
        <translation>un bloque de %1 x %2 en el origen ajustado no cabe en la sala «%3» (%4 x %5)</translation>
    </message>
    <message>
        <source>click inside a hall to place a rack</source>
        <translation>haga clic dentro de una sala para colocar un rack</translation>
    </message>
    <message>
        <source>the rack would stand outside hall &apos;%1&apos;</source>
        <translation>el rack quedaría fuera de la sala «%1»</translation>
    </message>
    <message>
        <source>a route needs at least two points</source>
        <translation>un trazado necesita al menos dos puntos</translation>
    </message>
    <message>
        <source>a pipe must start on cooling equipment (CDU, manifold, chiller, dry cooler); click on one to start</source>
        <translation>una tubería debe empezar en un equipo de refrigeración (CDU, colector, enfriadora, enfriador seco); haga clic en uno para empezar</translation>
    </message>
    <message>
        <source>a pipe must end on cooling equipment or a rack; double-click on one to finish</source>
        <translation>una tubería debe terminar en un equipo de refrigeración o en un rack; haga doble clic en uno para terminar</translation>
    </message>
    <message>
        <source>a pipe cannot start and end on object %1</source>
        <translation>una tubería no puede empezar y terminar en el objeto %1</translation>
    </message>
    <message>
        <source>a feed must start on power equipment; click on one to start</source>
        <translation>una alimentación debe empezar en un equipo de potencia; haga clic en uno para empezar</translation>
    </message>
    <message>
        <source>a feed must end on power equipment or a rack; double-click on one to finish</source>
        <translation>una alimentación debe terminar en un equipo de potencia o en un rack; haga doble clic en uno para terminar</translation>
    </message>
    <message>
        <source>a feed cannot start and end on object %1</source>
        <translation>una alimentación no puede empezar y terminar en el objeto %1</translation>
    </message>
    <message>
        <source>a busway is fed from power equipment; the first point is on object %1, which is not</source>
        <translation>una blindobarra se alimenta desde un equipo de potencia; el primer punto está en el objeto %1, que no lo es</translation>
    </message>
</context>
<context>
    <name>aifp::ui::EstimateSnapshot</name>
    <message>
        <source>does not fit on the design&apos;s GPUs</source>
        <translation>no cabe en las GPU del diseño</translation>
    </message>
</context>
<context>
    <name>aifp::ui::EstimatesDock</name>
    <message>
        <source>Estimates</source>
        <translation>Estimaciones</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Models file: %1</source>
        <translation>Archivo de modelos: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Per-user speed</source>
        <translation>Velocidad por usuario</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffe4b5&apos;&gt;&amp;nbsp;assumption / unverified&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fffacd&apos;&gt;&amp;nbsp;secondary source&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#c8dcff&apos;&gt;&amp;nbsp;&lt;b&gt;user override&lt;/b&gt;&amp;nbsp;&lt;/span&gt; &amp;mdash; double-click a value to edit it</source>
        <translation>&lt;span style=&apos;background:#ffe4b5&apos;&gt;&amp;nbsp;supuesto / no verificado&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fffacd&apos;&gt;&amp;nbsp;fuente secundaria&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#c8dcff&apos;&gt;&amp;nbsp;&lt;b&gt;valor del usuario&lt;/b&gt;&amp;nbsp;&lt;/span&gt; &amp;mdash; doble clic en un valor para editarlo</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimando…</translation>
    </message>
    <message>
        <source>Set estimate %1 to %2</source>
        <translation>Fijar la estimación %1 en %2</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>Sin estimación: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3; tokens/s ±%4 %</source>
        <translation>%1, %2, %3; tokens/s ±%L4 %</translation>
    </message>
    <message>
        <source>%1 / %2: skipped, %3</source>
        <translation>%1 / %2: omitido, %3</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): figures assume missing plant (see Findings)</source>
        <translation>
            <numerusform>%n error: las cifras suponen equipos que faltan (vea Hallazgos)</numerusform>
            <numerusform>%n errores: las cifras suponen equipos que faltan (vea Hallazgos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimating the new design…</source>
        <translation>Estimando el nuevo diseño…</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Construir</translation>
    </message>
    <message>
        <source>Rent a colocation hall</source>
        <translation>Alquilar una sala de colocation</translation>
    </message>
    <message>
        <source>Rent cloud GPUs</source>
        <translation>Alquilar GPU en la nube</translation>
    </message>
    <message>
        <source>Build the factory, rent a ready hall for the IT equipment, or rent the GPUs by the hour (docs/options.md)</source>
        <translation>Construir la fábrica, alquilar una sala lista para los equipos de TI o alquilar las GPU por horas (docs/options.md)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Colocation term or cloud commitment, paid in full</source>
        <translation>Plazo de colocation o compromiso en la nube, que se paga entero</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Years of operation the total cost of ownership covers</source>
        <translation>Años de explotación que cubre el coste total de propiedad</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>TCO over</source>
        <translation>TCO a</translation>
    </message>
    <message>
        <source>Set procurement to %1</source>
        <translation>Fijar la modalidad en %1</translation>
    </message>
    <message>
        <source>Set rent term to %1 months</source>
        <translation>Fijar el plazo de alquiler en %1 meses</translation>
    </message>
    <message>
        <source>Set TCO horizon to %1 years</source>
        <translation>Fijar el horizonte del TCO en %1 años</translation>
    </message>
    <message>
        <source>TCO %1 M %2 (%3 M before first token), %4 %2 per million tokens</source>
        <translation>TCO %1 M %2 (%3 M antes del primer token), %4 %2 por millón de tokens</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <source>Shipped and project models; add a Hugging Face config.json</source>
        <translation>Modelos incluidos y del proyecto; añadir un config.json de Hugging Face</translation>
    </message>
</context>
<context>
    <name>aifp::ui::FactoryWizard</name>
    <message>
        <source>New AI factory</source>
        <translation>Nueva fábrica de IA</translation>
    </message>
    <message>
        <source>Grid power (MW)</source>
        <translation>Potencia de red (MW)</translation>
    </message>
    <message>
        <source>Number of GPUs</source>
        <translation>Número de GPU</translation>
    </message>
    <message>
        <source>InfiniBand XDR (Quantum-X800 Q3400)</source>
        <translation>InfiniBand XDR (Quantum-X800 Q3400)</translation>
    </message>
    <message>
        <source>InfiniBand NDR (QM9700)</source>
        <translation>InfiniBand NDR (QM9700)</translation>
    </message>
    <message>
        <source>Spectrum-X Ethernet (SN5600)</source>
        <translation>Spectrum-X Ethernet (SN5600)</translation>
    </message>
    <message>
        <source>Highest the system allows</source>
        <translation>La máxima que admite el sistema</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Grid power</source>
        <translation>Potencia de red</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refrigeración</translation>
    </message>
    <message>
        <source>Power redundancy</source>
        <translation>Redundancia de potencia</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Fabric</translation>
    </message>
    <message>
        <source>Facility water supply</source>
        <translation>Impulsión de agua de la instalación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&lt;i&gt;Computing...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Calculando...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Cannot generate:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;No se puede generar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 GPUs&lt;/b&gt; in %2 racks, %3 hall(s)&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;br&gt;%7 pipes, %8 link bundles, site area %9 m²</source>
        <translation>&lt;b&gt;%1 GPU&lt;/b&gt; en %2 racks, %3 sala(s)&lt;br&gt;%4&lt;br&gt;%5&lt;br&gt;%6&lt;br&gt;%7 tuberías, %8 haces de enlaces, superficie del emplazamiento %9 m²</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#b06000&apos;&gt;Assumptions (not verified facts):&lt;/b&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#b06000&apos;&gt;Supuestos (no son datos verificados):&lt;/b&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warnings:&lt;/b&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Avisos:&lt;/b&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Site climate</source>
        <translation>Clima del emplazamiento</translation>
    </message>
    <message>
        <source>Design ambient</source>
        <translation>Temperatura ambiente de diseño</translation>
    </message>
</context>
<context>
    <name>aifp::ui::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
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
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Filter by rule, e.g. power.</source>
        <translation>Filtrar por regla, p. ej. power.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation>%1 errores, %2 avisos, %3 informativos</translation>
    </message>
    <message>
        <source>Findings (validating...)</source>
        <translation>Hallazgos (validando...)</translation>
    </message>
    <message>
        <source>validating the new design...</source>
        <translation>validando el nuevo diseño...</translation>
    </message>
</context>
<context>
    <name>aifp::ui::FindingsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
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
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>aifp::ui::GanttView</name>
    <message>
        <source>No schedule</source>
        <translation>Sin cronograma</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source> (done: %1)</source>
        <translation> (hecho: %1)</translation>
    </message>
    <message>
        <source>Task (critical path in red)</source>
        <translation>Tarea (ruta crítica en rojo)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>calendar quarter and year</comment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>aifp::ui::HallRepresentation</name>
    <message>
        <source>Hall %1</source>
        <translation>Sala %1</translation>
    </message>
</context>
<context>
    <name>aifp::ui::HallTool</name>
    <message>
        <source>Hall %1 m x %2 m, corner at x %3 m, y %4 m (or type the size)</source>
        <translation>Sala de %L1 m x %L2 m, esquina en x %L3 m, y %L4 m (o escriba el tamaño)</translation>
    </message>
    <message>
        <source>Resize hall</source>
        <translation>Redimensionar sala</translation>
    </message>
    <message>
        <source>Corner at x %1 m, y %2 m: type width x depth (e.g. 60 x 120) and press Enter, or drag a rectangle</source>
        <translation>Esquina en x %L1 m, y %L2 m: escriba ancho x fondo (p. ej. 60 x 120) y pulse Intro, o arrastre un rectángulo</translation>
    </message>
    <message>
        <source>a hall must be at least 1.2 m x 1.2 m; drag a larger rectangle</source>
        <translation>una sala debe medir al menos 1,2 m x 1,2 m; arrastre un rectángulo mayor</translation>
    </message>
    <message>
        <source>Size cleared</source>
        <translation>Tamaño borrado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size: type width x depth in metres, e.g. 60 x 120</source>
        <translation>«%1» no es un tamaño: escriba ancho x fondo en metros, p. ej. 60 x 120</translation>
    </message>
    <message>
        <source>Hall size: %1_ m (width x depth; Enter to create, Esc to clear)</source>
        <translation>Tamaño de sala: %1_ m (ancho x fondo; Intro para crear, Esc para borrar)</translation>
    </message>
    <message>
        <source>a hall must be at least 1.2 m x 1.2 m</source>
        <translation>una sala debe medir al menos 1,2 m x 1,2 m</translation>
    </message>
    <message>
        <source>Create hall %1 m x %2 m</source>
        <translation>Crear sala de %L1 m x %L2 m</translation>
    </message>
    <message>
        <source>Created %1, %2 m x %3 m</source>
        <translation>Creada %1, %L2 m x %L3 m</translation>
    </message>
    <message>
        <source>Create / resize hall</source>
        <translation>Crear / redimensionar sala</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ImpactDock</name>
    <message>
        <source>Failure impact</source>
        <translation>Impacto del fallo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Colour in 3D</source>
        <translation>Colorear en 3D</translation>
    </message>
    <message numerus="yes">
        <source>Simulating the failure of %n object(s)…</source>
        <translation>
            <numerusform>Simulando el fallo de %n objeto…</numerusform>
            <numerusform>Simulando el fallo de %n objetos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulation refused: %1</source>
        <translation>Simulación rechazada: %1</translation>
    </message>
    <message>
        <source>The design changed since this simulation: run it again for current figures. The 3D view shows normal colours.</source>
        <translation>El diseño ha cambiado desde esta simulación: vuelva a ejecutarla para tener cifras actuales. La vista 3D muestra los colores normales.</translation>
    </message>
    <message>
        <source>Select power, cooling or network objects and choose Simulate failure.</source>
        <translation>Seleccione objetos de potencia, refrigeración o red y elija Simular fallo.</translation>
    </message>
    <message>
        <source>Failed at once: %1</source>
        <translation>Fallan a la vez: %1</translation>
    </message>
    <message>
        <source>n/a (no estimate for this design)</source>
        <translation>n/d (no hay estimación para este diseño)</translation>
    </message>
    <message>
        <source>%1 of %2 (estimate at the design&apos;s model and scenario)</source>
        <translation>%1 de %2 (estimación con el modelo y escenario del diseño)</translation>
    </message>
    <message>
        <source>GPUs lost: %1 of %2
Fabric bandwidth lost: %3 of %4 bisection (%5 %)
Tokens/s lost: %6
Heat rejection deficit: %7 kW</source>
        <translation>GPU perdidas: %1 de %2
Ancho de banda de fabric perdido: %3 de %4 de bisección (%L5 %)
Tokens/s perdidos: %6
Déficit de disipación de calor: %L7 kW</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Racks failed or losing power</source>
        <translation>Racks con fallo o sin potencia</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>Racks losing cooling</source>
        <translation>Racks sin refrigeración</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>ámbar</translation>
    </message>
    <message>
        <source>Racks cut off from the compute fabric</source>
        <translation>Racks aislados del fabric de cómputo</translation>
    </message>
    <message>
        <source>Racks losing redundancy (running on their last feed or CDU group)</source>
        <translation>Racks que pierden redundancia (con su última alimentación o grupo de CDU)</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>Overloaded power nodes</source>
        <translation>Nodos de potencia sobrecargados</translation>
    </message>
    <message>
        <source>Overloaded CDUs</source>
        <translation>CDU sobrecargadas</translation>
    </message>
    <message>
        <source>Assumptions (%1)</source>
        <translation>Supuestos (%1)</translation>
    </message>
</context>
<context>
    <name>aifp::ui::LanguageChoice</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>The language changes at the next start</source>
        <translation>El idioma cambia en el próximo inicio</translation>
    </message>
</context>
<context>
    <name>aifp::ui::MainWindow</name>
    <message>
        <source>AI Factory Planner projects (*.aifp);;All files (*)</source>
        <translation>Proyectos de AI Factory Planner (*.aifp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>%1 is a %2: not placeable on the floor</source>
        <translation>%1 es un %2: no se puede colocar en el suelo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Nuevo desde &amp;plantilla</translation>
    </message>
    <message>
        <source>New &amp;factory...</source>
        <translation>Nueva &amp;fábrica...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>&amp;Girar 90°</translation>
    </message>
    <message>
        <source>&amp;Nudge</source>
        <translation>Despla&amp;zar</translation>
    </message>
    <message>
        <source>West 0.6 m</source>
        <translation>Oeste 0,6 m</translation>
    </message>
    <message>
        <source>East 0.6 m</source>
        <translation>Este 0,6 m</translation>
    </message>
    <message>
        <source>North 0.6 m</source>
        <translation>Norte 0,6 m</translation>
    </message>
    <message>
        <source>South 0.6 m</source>
        <translation>Sur 0,6 m</translation>
    </message>
    <message>
        <source>&amp;Array of racks...</source>
        <translation>&amp;Matriz de racks...</translation>
    </message>
    <message>
        <source>Select &amp;all racks</source>
        <translation>Seleccionar &amp;todos los racks</translation>
    </message>
    <message>
        <source>Select s&amp;imilar</source>
        <translation>Seleccionar s&amp;imilares</translation>
    </message>
    <message>
        <source>Select every object of the same kind and type as the selection</source>
        <translation>Selecciona todos los objetos del mismo tipo y modelo que la selección</translation>
    </message>
    <message>
        <source>&amp;Find by name or id...</source>
        <translation>&amp;Buscar por nombre o id...</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Orbit</source>
        <translation>Órbita</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Click in a hall to place a %1 rack</source>
        <translation>Haga clic en una sala para colocar un rack %1</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Busway</source>
        <translation>Blindobarra</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Cable</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Tubo</translation>
    </message>
    <message>
        <source>Click to select, Shift+click to add, drag on empty floor for a rectangle, drag a selected object to move it</source>
        <translation>Clic para seleccionar, Mayús+clic para añadir, arrastrar sobre suelo vacío para un rectángulo, arrastrar un objeto seleccionado para moverlo</translation>
    </message>
    <message>
        <source>Left drag orbits; the wheel zooms and the middle button pans in every tool</source>
        <translation>Arrastrar con el botón izquierdo orbita; la rueda acerca y el botón central desplaza en todas las herramientas</translation>
    </message>
    <message>
        <source>Drag a rectangle on the ground for a new hall, or type its size (60 x 120) and press Enter</source>
        <translation>Arrastre un rectángulo en el suelo para una sala nueva, o escriba su tamaño (60 x 120) y pulse Intro</translation>
    </message>
    <message>
        <source>Click in a hall to place a rack of the system chosen in the catalog</source>
        <translation>Haga clic en una sala para colocar un rack del sistema elegido en el catálogo</translation>
    </message>
    <message>
        <source>Click to place the power or cooling equipment chosen in the catalog</source>
        <translation>Haga clic para colocar el equipo de potencia o refrigeración elegido en el catálogo</translation>
    </message>
    <message>
        <source>Click points from power equipment along a row; double-click or Enter to finish</source>
        <translation>Haga clic en puntos desde un equipo de potencia a lo largo de una fila; doble clic o Intro para terminar</translation>
    </message>
    <message>
        <source>A cable from power equipment to equipment or a rack</source>
        <translation>Un cable desde un equipo de potencia hasta otro equipo o un rack</translation>
    </message>
    <message>
        <source>A coolant pipe from cooling equipment to equipment or a rack</source>
        <translation>Una tubería de refrigerante desde un equipo de refrigeración hasta otro equipo o un rack</translation>
    </message>
    <message>
        <source>&lt;b&gt;Array of racks&lt;/b&gt; (%1)&lt;br&gt;A block of rows of racks in a hall</source>
        <translation>&lt;b&gt;Matriz de racks&lt;/b&gt; (%1)&lt;br&gt;Un bloque de filas de racks en una sala</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measure&lt;/b&gt; (M)&lt;br&gt;Click two points on the ground: distance and its x and y parts</source>
        <translation>&lt;b&gt;Medir&lt;/b&gt; (M)&lt;br&gt;Haga clic en dos puntos del suelo: distancia y sus componentes x e y</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planta</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>&amp;Isométrica</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Ver todo</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>&amp;Encuadrar</translation>
    </message>
    <message>
        <source>by type</source>
        <translation>por modelo</translation>
    </message>
    <message>
        <source>by power</source>
        <translation>por potencia</translation>
    </message>
    <message>
        <source>by cooling</source>
        <translation>por refrigeración</translation>
    </message>
    <message>
        <source>by validation status</source>
        <translation>por estado de validación</translation>
    </message>
    <message>
        <source>Find name or id (%1)</source>
        <translation>Buscar nombre o id (%1)</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Capas</translation>
    </message>
    <message>
        <source>Halls</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Power equipment and routes</source>
        <translation>Equipos y trazados de potencia</translation>
    </message>
    <message>
        <source>Cooling equipment and pipes</source>
        <translation>Equipos y tuberías de refrigeración</translation>
    </message>
    <message>
        <source>Network switches and links</source>
        <translation>Switches y enlaces de red</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Ground grid and axes</source>
        <translation>Cuadrícula del suelo y ejes</translation>
    </message>
    <message>
        <source>&amp;Isolate hall</source>
        <translation>&amp;Aislar sala</translation>
    </message>
    <message>
        <source>Show only the selected object&apos;s hall and what is in it; again to show everything</source>
        <translation>Muestra solo la sala del objeto seleccionado y lo que contiene; de nuevo para mostrarlo todo</translation>
    </message>
    <message>
        <source>Showing the whole site</source>
        <translation>Se muestra todo el emplazamiento</translation>
    </message>
    <message>
        <source>Select a hall or something in one to isolate it</source>
        <translation>Seleccione una sala o algo que esté en ella para aislarla</translation>
    </message>
    <message>
        <source>Isolated %1; %2 again to show everything</source>
        <translation>Aislada %1; %2 de nuevo para mostrarlo todo</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>Put the docks and tool bars back where they start, sized for this screen</source>
        <translation>Devuelve los paneles y barras de herramientas a su sitio inicial, a la medida de esta pantalla</translation>
    </message>
    <message>
        <source>x %1 m   y %2 m</source>
        <translation>x %L1 m   y %L2 m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the catalog</source>
        <translation>«%1» no está en el catálogo</translation>
    </message>
    <message>
        <source>%1 is a %2, which is not placed on the floor</source>
        <translation>%1 es un %2, que no se coloca en el suelo</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] - AI Factory Planner</source>
        <translation>%1[*] - AI Factory Planner</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Emplazamiento nuevo</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>No se puede abrir la plantilla</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Opened %1: %2 halls, %3 racks</source>
        <translation>Abierto %1: %2 salas, %3 racks</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Guardarlos antes?</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>un diseño sin título</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>cambios en %1</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <source>AI Factory Planner did not close properly. It autosaved %1 at %2.

Recover it?</source>
        <translation>AI Factory Planner no se cerró correctamente. Guardó automáticamente %1 a las %2.

¿Recuperarlo?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>Recovered the autosaved design</source>
        <translation>Se ha recuperado el diseño guardado automáticamente</translation>
    </message>
    <message>
        <source>Layout reset for this screen</source>
        <translation>Disposición restablecida para esta pantalla</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;ropiedades</translation>
    </message>
    <message>
        <source>Nothing selected to copy</source>
        <translation>No hay nada seleccionado que copiar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>Copiado %n objeto</numerusform>
            <numerusform>Copiados %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected to cut</source>
        <translation>No hay nada seleccionado que cortar</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n object(s)</source>
        <translation>
            <numerusform>Cortar %n objeto</numerusform>
            <numerusform>Cortar %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>the clipboard is empty</source>
        <translation>el portapapeles está vacío</translation>
    </message>
    <message>
        <source>the clipboard holds no objects</source>
        <translation>el portapapeles no contiene objetos</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Pegar %n objeto</numerusform>
            <numerusform>Pegar %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n object(s) with new ids</source>
        <translation>
            <numerusform>Pegado %n objeto con ids nuevos</numerusform>
            <numerusform>Pegados %n objetos con ids nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an object first</source>
        <translation>Seleccione antes un objeto</translation>
    </message>
    <message numerus="yes">
        <source>%n similar object(s) selected</source>
        <translation>
            <numerusform>%n objeto similar seleccionado</numerusform>
            <numerusform>%n objetos similares seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing named or numbered &apos;%1&apos;</source>
        <translation>Nada se llama ni tiene el número «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Found %n object(s)</source>
        <translation>
            <numerusform>Encontrado %n objeto</numerusform>
            <numerusform>Encontrados %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Acotar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dimension&lt;/b&gt; (D)&lt;br&gt;Click two points: a dimension line with its length stays on the plan; Backspace removes the last</source>
        <translation>&lt;b&gt;Acotar&lt;/b&gt; (D)&lt;br&gt;Haga clic en dos puntos: una línea de cota con su longitud queda en el plano; Retroceso quita la última</translation>
    </message>
    <message>
        <source>  Colour: </source>
        <translation>  Color: </translation>
    </message>
    <message>
        <source>Colour racks by type, power, cooling or validation status</source>
        <translation>Colorear los racks por tipo, potencia, refrigeración o estado de validación</translation>
    </message>
    <message>
        <source>Outdoor plant (yard equipment)</source>
        <translation>Planta exterior (equipos de patio)</translation>
    </message>
    <message>
        <source>&amp;Named views</source>
        <translation>&amp;Vistas guardadas</translation>
    </message>
    <message>
        <source>Clear &amp;dimensions</source>
        <translation>Borrar las &amp;cotas</translation>
    </message>
    <message>
        <source>Remove every dimension line placed with the Dimension tool</source>
        <translation>Quitar todas las líneas de cota colocadas con la herramienta Acotar</translation>
    </message>
</context>
<context>
    <name>aifp::ui::MeasureTool</name>
    <message>
        <source>Distance %1 m (x %2 m, y %3 m)</source>
        <translation>Distancia %L1 m (x %L2 m, y %L3 m)</translation>
    </message>
    <message>
        <source>Click the second point</source>
        <translation>Haga clic en el segundo punto</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ModelsDialog</name>
    <message>
        <source>&amp;Add config.json…</source>
        <translation>&amp;Añadir config.json…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Use for estimates</source>
        <translation>&amp;Usar para las estimaciones</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total params (B)</source>
        <translation>Parámetros totales (miles de millones)</translation>
    </message>
    <message>
        <source>Active params (B)</source>
        <translation>Parámetros activos (miles de millones)</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Store a Hugging Face config.json in the project as a serving model</source>
        <translation>Guardar un config.json de Hugging Face en el proyecto como modelo servido</translation>
    </message>
    <message>
        <source>Project models are stored in the project file as their config.json and travel with it; shipped models come with the program. Every change here can be undone.</source>
        <translation>Los modelos del proyecto se guardan en el archivo del proyecto como su config.json y viajan con él; los modelos incluidos vienen con el programa. Todo cambio aquí se puede deshacer.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>Model of the design&apos;s estimates: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Modelo de las estimaciones del diseño: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Model id: is empty</source>
        <translation>Id del modelo: está vacío</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Id del modelo</translation>
    </message>
    <message>
        <source>Model id: &apos;%1&apos; is already used by a model (free: &apos;%2&apos;)</source>
        <translation>Id del modelo: &apos;%1&apos; ya lo usa un modelo (libre: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>A project holds at most %1 models</source>
        <translation>Un proyecto contiene como mucho %1 modelos</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Añadir el modelo %1</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is not a project model: shipped models cannot be renamed</source>
        <translation>El modelo &apos;%1&apos; no es del proyecto: los modelos incluidos no se pueden renombrar</translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Renombrar el modelo %1 a %2</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is not a project model: shipped models cannot be removed</source>
        <translation>El modelo &apos;%1&apos; no es del proyecto: los modelos incluidos no se pueden quitar</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is the design&apos;s model: use another model for the estimates first</source>
        <translation>El modelo &apos;%1&apos; es el del diseño: use antes otro modelo para las estimaciones</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>Quitar el modelo %1</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is not in the list</source>
        <translation>El modelo &apos;%1&apos; no está en la lista</translation>
    </message>
    <message>
        <source>Set estimate model to %1</source>
        <translation>Usar el modelo %1 para las estimaciones</translation>
    </message>
    <message>
        <source>Add a model from a Hugging Face config.json</source>
        <translation>Añadir un modelo desde un config.json de Hugging Face</translation>
    </message>
    <message>
        <source>Model config (*.json);;All files (*)</source>
        <translation>Configuración de modelo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is already used. Id for the new model:</source>
        <translation>El id &apos;%1&apos; ya está en uso. Id del nuevo modelo:</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>Renombrar el modelo</translation>
    </message>
    <message>
        <source>Model id:</source>
        <translation>Id del modelo:</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Nombre del modelo:</translation>
    </message>
</context>
<context>
    <name>aifp::ui::NamedViews</name>
    <message>
        <source>A view needs a name</source>
        <translation>Una vista necesita un nombre</translation>
    </message>
    <message>
        <source>Saved view &apos;%1&apos;</source>
        <translation>Vista «%1» guardada</translation>
    </message>
    <message>
        <source>No view named &apos;%1&apos;</source>
        <translation>No hay ninguna vista llamada «%1»</translation>
    </message>
    <message>
        <source>View &apos;%1&apos;</source>
        <translation>Vista «%1»</translation>
    </message>
    <message>
        <source>Deleted view &apos;%1&apos;</source>
        <translation>Vista «%1» eliminada</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of this view (saving under an existing name replaces it):</source>
        <translation>Nombre de esta vista (guardarla con un nombre existente la reemplaza):</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message>
        <source>&amp;Save current view...</source>
        <translation>&amp;Guardar la vista actual...</translation>
    </message>
    <message>
        <source>Go to the view &apos;%1&apos;</source>
        <translation>Ir a la vista «%1»</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Eliminar vista</translation>
    </message>
</context>
<context>
    <name>aifp::ui::NavigateTool</name>
    <message>
        <source>Navigate</source>
        <translation>Navegar</translation>
    </message>
</context>
<context>
    <name>aifp::ui::NewVariantDialog</name>
    <message>
        <source>New variant</source>
        <translation>Nueva variante</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Hecha a partir de:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>A copy of the design</source>
        <translation>Una copia del diseño</translation>
    </message>
    <message>
        <source>Re-generated from its targets, with the changes below (as aifp-cli variant add)</source>
        <translation>Regenerada a partir de sus objetivos, con los cambios de abajo (como aifp-cli variant add)</translation>
    </message>
    <message>
        <source>The GPU racks swapped for another system in the same halls (as aifp-cli swap)</source>
        <translation>Los racks de GPU cambiados por otro sistema en las mismas salas (como aifp-cli swap)</translation>
    </message>
    <message>
        <source>Targets (unchanged unless chosen)</source>
        <translation>Objetivos (sin cambios salvo los elegidos)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>GPU system:</source>
        <translation>Sistema de GPU:</translation>
    </message>
    <message>
        <source>Power redundancy:</source>
        <translation>Redundancia eléctrica:</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>líquida</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aire</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <source>Cooling:</source>
        <translation>Refrigeración:</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>fijar en</translation>
    </message>
    <message>
        <source>Facility supply water:</source>
        <translation>Agua de suministro de la instalación:</translation>
    </message>
    <message>
        <source>Site location:</source>
        <translation>Ubicación del emplazamiento:</translation>
    </message>
    <message>
        <source>build</source>
        <translation>construir</translation>
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
        <source>Procurement:</source>
        <translation>Adquisición:</translation>
    </message>
    <message>
        <source>Generation swap</source>
        <translation>Cambio de generación</translation>
    </message>
    <message>
        <source>New GPU system:</source>
        <translation>Nuevo sistema de GPU:</translation>
    </message>
    <message>
        <source>Keep the plant: as many racks as it carries</source>
        <translation>Mantener la planta: tantos racks como soporte</translation>
    </message>
    <message>
        <source>Every position: the findings say what breaks</source>
        <translation>Todas las posiciones: los hallazgos dicen qué falla</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Choose at least one target to change (or make a copy).</source>
        <translation>Elija al menos un objetivo que cambiar (o haga una copia).</translation>
    </message>
</context>
<context>
    <name>aifp::ui::NudgeReaction</name>
    <message>
        <source>Nudge</source>
        <translation>Desplazar</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ParetoChart</name>
    <message>
        <source>No GPU system in the design.</source>
        <translation>No hay ningún sistema de GPU en el diseño.</translation>
    </message>
    <message>
        <source>The model does not fit.</source>
        <translation>El modelo no cabe.</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>Tokens/s por usuario</translation>
    </message>
    <message>
        <source>Tokens/s per GPU</source>
        <translation>Tokens/s por GPU</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Marked: %1 tokens/s per user (the design&apos;s service level) gives %2 tokens/s per GPU; single user %3 tokens/s, offline maximum %4 tokens/s per GPU. ±%5 %.</source>
        <translation>Marcado: %L1 tokens/s por usuario (el nivel de servicio del diseño) da %L2 tokens/s por GPU; un solo usuario %L3 tokens/s, máximo offline %L4 tokens/s por GPU. ±%L5 %.</translation>
    </message>
    <message>
        <source>%1 tokens/s per user cannot be reached: a single user gets %2 tokens/s.</source>
        <translation>No se alcanzan %L1 tokens/s por usuario: un solo usuario obtiene %L2 tokens/s.</translation>
    </message>
</context>
<context>
    <name>aifp::ui::PlaceEquipmentTool</name>
    <message>
        <source>Place equipment</source>
        <translation>Colocar equipo</translation>
    </message>
</context>
<context>
    <name>aifp::ui::PlaceRackTool</name>
    <message>
        <source>Place rack</source>
        <translation>Colocar rack</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ProjectTreeDock</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ProjectTreeModel</name>
    <message>
        <source>Site: %1</source>
        <translation>Emplazamiento: %1</translation>
    </message>
    <message>
        <source>%1 (%2 m x %3 m)</source>
        <translation>%1 (%L2 m x %L3 m)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rack(s))</source>
        <translation>
            <numerusform>%1 (%n rack)</numerusform>
            <numerusform>%1 (%n racks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Racks outside rows (%1)</source>
        <translation>Racks fuera de filas (%1)</translation>
    </message>
    <message>
        <source>Power equipment (%1)</source>
        <translation>Equipos de potencia (%1)</translation>
    </message>
    <message>
        <source>Power links (%1)</source>
        <translation>Enlaces de potencia (%1)</translation>
    </message>
    <message>
        <source>Cooling equipment (%1)</source>
        <translation>Equipos de refrigeración (%1)</translation>
    </message>
    <message>
        <source>Pipes (%1)</source>
        <translation>Tuberías (%1)</translation>
    </message>
    <message>
        <source>Network switches (%1)</source>
        <translation>Switches de red (%1)</translation>
    </message>
    <message>
        <source>Network links (%1)</source>
        <translation>Enlaces de red (%1)</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>pipe %1 -&gt; %2 (%3 m)</source>
        <translation>tubería %1 -&gt; %2 (%L3 m)</translation>
    </message>
    <message>
        <source>%1 x %2 Gb/s %3 -&gt; %4</source>
        <translation>%1 x %2 Gb/s %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hall(s))</source>
        <translation>
            <numerusform>%1 (%n sala)</numerusform>
            <numerusform>%1 (%n salas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unnamed cluster</source>
        <translation>Clúster sin nombre</translation>
    </message>
</context>
<context>
    <name>aifp::ui::PropertiesDock</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 objects selected; edits apply to every %2</source>
        <translation>%1 objetos seleccionados; los cambios se aplican a cada %2</translation>
    </message>
    <message>
        <source>Site: %1. Click an object in the view or the project tree to edit it.</source>
        <translation>Emplazamiento: %1. Haga clic en un objeto de la vista o del árbol del proyecto para editarlo.</translation>
    </message>
</context>
<context>
    <name>aifp::ui::PropertyTable</name>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 no puede ser negativo</translation>
    </message>
    <message>
        <source>%1 must be greater than zero</source>
        <translation>%1 debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and at most 1</source>
        <translation>%1 debe ser mayor que 0 y como mucho 1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: «%2» no es un número entero</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of the allowed values</source>
        <translation>%1: «%2» no es uno de los valores permitidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Origin x (m)</source>
        <translation>Origen x (m)</translation>
    </message>
    <message>
        <source>Origin y (m)</source>
        <translation>Origen y (m)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Ancho (m)</translation>
    </message>
    <message>
        <source>Depth (m)</source>
        <translation>Fondo (m)</translation>
    </message>
    <message>
        <source>Clear height (m)</source>
        <translation>Altura libre (m)</translation>
    </message>
    <message>
        <source>Floor load (kg/m²)</source>
        <translation>Carga del suelo (kg/m²)</translation>
    </message>
    <message>
        <source>Cooling provision</source>
        <translation>Refrigeración prevista</translation>
    </message>
    <message>
        <source>Facility water supply (°C)</source>
        <translation>Impulsión de agua de la instalación (°C)</translation>
    </message>
    <message>
        <source>Max rack power (kW)</source>
        <translation>Potencia máxima por rack (kW)</translation>
    </message>
    <message>
        <source>Hall id</source>
        <translation>Id de sala</translation>
    </message>
    <message>
        <source>Fronts face (deg, 0 = south)</source>
        <translation>Orientación de frentes (grados, 0 = sur)</translation>
    </message>
    <message>
        <source>Fronts face aisle</source>
        <translation>Pasillo al que dan los frentes</translation>
    </message>
    <message>
        <source>System (catalog id)</source>
        <translation>Sistema (id de catálogo)</translation>
    </message>
    <message>
        <source>Row id</source>
        <translation>Id de fila</translation>
    </message>
    <message>
        <source>Centre x (m)</source>
        <translation>Centro x (m)</translation>
    </message>
    <message>
        <source>Centre y (m)</source>
        <translation>Centro y (m)</translation>
    </message>
    <message>
        <source>Rotation (deg)</source>
        <translation>Giro (grados)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation>Id de catálogo</translation>
    </message>
    <message>
        <source>Position x (m)</source>
        <translation>Posición x (m)</translation>
    </message>
    <message>
        <source>Position y (m)</source>
        <translation>Posición y (m)</translation>
    </message>
    <message>
        <source>Rating (kVA)</source>
        <translation>Potencia nominal (kVA)</translation>
    </message>
    <message>
        <source>Rating (kW)</source>
        <translation>Potencia nominal (kW)</translation>
    </message>
    <message>
        <source>Output voltage (V)</source>
        <translation>Tensión de salida (V)</translation>
    </message>
    <message>
        <source>Efficiency (0-1)</source>
        <translation>Rendimiento (0-1)</translation>
    </message>
    <message>
        <source>Modules (count)</source>
        <translation>Módulos (número)</translation>
    </message>
    <message>
        <source>Redundant modules (count)</source>
        <translation>Módulos redundantes (número)</translation>
    </message>
    <message>
        <source>Current rating (A)</source>
        <translation>Intensidad nominal (A)</translation>
    </message>
    <message>
        <source>Redundancy path</source>
        <translation>Ruta de redundancia</translation>
    </message>
    <message>
        <source>Route length (m)</source>
        <translation>Longitud del trazado (m)</translation>
    </message>
    <message>
        <source>From id</source>
        <translation>Id de origen</translation>
    </message>
    <message>
        <source>To id</source>
        <translation>Id de destino</translation>
    </message>
    <message>
        <source>Current rating (A, 0 = source&apos;s)</source>
        <translation>Intensidad nominal (A, 0 = la del origen)</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>Longitud (m)</translation>
    </message>
    <message>
        <source>Capacity (kW heat)</source>
        <translation>Capacidad (kW de calor)</translation>
    </message>
    <message>
        <source>Flow rating (L/min)</source>
        <translation>Caudal nominal (L/min)</translation>
    </message>
    <message>
        <source>Pump head (kPa)</source>
        <translation>Altura de bomba (kPa)</translation>
    </message>
    <message>
        <source>Supply temperature (°C)</source>
        <translation>Temperatura de impulsión (°C)</translation>
    </message>
    <message>
        <source>Temperature rise (K)</source>
        <translation>Salto térmico (K)</translation>
    </message>
    <message>
        <source>Power per kW heat (kW/kW)</source>
        <translation>Potencia por kW de calor (kW/kW)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Circuito</translation>
    </message>
    <message>
        <source>Inner diameter (mm)</source>
        <translation>Diámetro interior (mm)</translation>
    </message>
    <message>
        <source>Roughness (mm)</source>
        <translation>Rugosidad (mm)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Tier (1 leaf, 2 spine, 3 core)</source>
        <translation>Nivel (1 leaf, 2 spine, 3 core)</translation>
    </message>
    <message>
        <source>Ports (count)</source>
        <translation>Puertos (número)</translation>
    </message>
    <message>
        <source>Port speed (Gb/s)</source>
        <translation>Velocidad de puerto (Gb/s)</translation>
    </message>
    <message>
        <source>Links (count)</source>
        <translation>Enlaces (número)</translation>
    </message>
    <message>
        <source>Speed (Gb/s)</source>
        <translation>Velocidad (Gb/s)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>no property &apos;%1&apos; on object %2</source>
        <translation>el objeto %2 no tiene la propiedad «%1»</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 debe ser como mínimo %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 debe ser como mucho %2</translation>
    </message>
</context>
<context>
    <name>aifp::ui::RackPalette</name>
    <message>
        <source>%1 (not in catalog)</source>
        <translation>%1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>Liquid (&gt;= 50 % heat to liquid)</source>
        <translation>Líquida (&gt;= 50 % del calor al líquido)</translation>
    </message>
    <message>
        <source>Hybrid (&lt; 50 % to liquid)</source>
        <translation>Híbrida (&lt; 50 % al líquido)</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aire</translation>
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
        <source>No finding</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message>
        <source>Type not in catalog</source>
        <translation>Modelo fuera del catálogo</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Racks by type</source>
        <translation>Racks por modelo</translation>
    </message>
    <message>
        <source>Racks by power</source>
        <translation>Racks por potencia</translation>
    </message>
    <message>
        <source>Racks by cooling</source>
        <translation>Racks por refrigeración</translation>
    </message>
    <message>
        <source>Racks by status</source>
        <translation>Racks por estado</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>report.pdf or report.html</source>
        <translation>informe.pdf o informe.html</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Output (PDF or HTML):</source>
        <translation>Salida (PDF o HTML):</translation>
    </message>
    <message>
        <source>Model list unavailable: %1</source>
        <translation>Lista de modelos no disponible: %1</translation>
    </message>
    <message>
        <source>Serving model:</source>
        <translation>Modelo servido:</translation>
    </message>
    <message>
        <source>MLPerf scenario:</source>
        <translation>Escenario MLPerf:</translation>
    </message>
    <message>
        <source>Schedule start:</source>
        <translation>Inicio del cronograma:</translation>
    </message>
    <message>
        <source>3D view:</source>
        <translation>Vista 3D:</translation>
    </message>
    <message>
        <source>drawn axonometric view (no 3D render available)</source>
        <translation>vista axonométrica dibujada (no hay render 3D)</translation>
    </message>
    <message>
        <source>render of the 3D view, %1 x %2 px</source>
        <translation>render de la vista 3D, %1 x %2 px</translation>
    </message>
    <message>
        <source>Press Preview to lay out the report.</source>
        <translation>Pulse Vista previa para maquetar el informe.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html *.htm)</source>
        <translation>Informe PDF (*.pdf);;Informe HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cancelling after the current stage…</source>
        <translation>Cancelando tras la etapa actual…</translation>
    </message>
    <message>
        <source>Choose an output file ending in .pdf or .html (got &quot;%1&quot;).</source>
        <translation>Elija un archivo de salida terminado en .pdf o .html (se indicó «%1»).</translation>
    </message>
    <message>
        <source>Running the engines (validation, estimates, schedule)…</source>
        <translation>Ejecutando los motores (validación, estimaciones, cronograma)…</translation>
    </message>
    <message>
        <source>Assembling the report sections…</source>
        <translation>Reuniendo las secciones del informe…</translation>
    </message>
    <message>
        <source>Laying out %1 sections on pages…</source>
        <translation>Maquetando %1 secciones en páginas…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Rendering preview page %1 of %2…</source>
        <translation>Generando la página de vista previa %1 de %2…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Escrito %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>Preview: %1 pages.</source>
        <translation>Vista previa: %1 páginas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>aifp::ui::RouteTool</name>
    <message>
        <source>Route busway</source>
        <translation>Trazar blindobarra</translation>
    </message>
    <message>
        <source>Route feed</source>
        <translation>Trazar alimentación</translation>
    </message>
    <message>
        <source>Route pipe</source>
        <translation>Trazar tubería</translation>
    </message>
    <message>
        <source>%1: %2 point(s); double-click or Enter to finish, Esc to cancel</source>
        <translation>%1: %2 punto(s); doble clic o Intro para terminar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Route cancelled</source>
        <translation>Trazado cancelado</translation>
    </message>
    <message>
        <source>%1: segment %2 m, total %3 m; point at x %4 m, y %5 m (%6)</source>
        <translation>%1: tramo %2 m, total %3 m; punto en x %4 m, y %5 m (%6)</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ScheduleDock</name>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>Traditional (stick-built)</source>
        <translation>Tradicional (construida en obra)</translation>
    </message>
    <message>
        <source>Prefabricated modules</source>
        <translation>Módulos prefabricados</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Emplazamiento:</translation>
    </message>
    <message>
        <source>Greenfield</source>
        <translation>Terreno sin urbanizar (greenfield)</translation>
    </message>
    <message>
        <source>Powered land (grid and permits)</source>
        <translation>Terreno con potencia (red y permisos)</translation>
    </message>
    <message>
        <source>Powered shell (building and power)</source>
        <translation>Edificio con potencia (edificio y energía)</translation>
    </message>
    <message>
        <source>Ready hall (power, cooling, white space)</source>
        <translation>Sala lista (potencia, refrigeración, espacio blanco)</translation>
    </message>
    <message>
        <source>Bridging power:</source>
        <translation>Potencia puente:</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Temporary gas turbines or batteries energising scalable units before the utility connection (0: none)</source>
        <translation>Turbinas de gas o baterías temporales que energizan unidades escalables antes de la conexión a la red (0: ninguna)</translation>
    </message>
    <message>
        <source>Supply priority</source>
        <translation>Prioridad de suministro</translation>
    </message>
    <message>
        <source>Vendor priority allocation of GPU racks (shorter lead time, premium)</source>
        <translation>Asignación prioritaria de racks de GPU por el fabricante (plazo de entrega menor, con sobreprecio)</translation>
    </message>
    <message>
        <source>Owned equipment</source>
        <translation>Equipos propios</translation>
    </message>
    <message>
        <source>Equipment already on site: its lead time is done</source>
        <translation>Equipos ya en obra: su plazo de entrega está cumplido</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Lead time / duration</source>
        <translation>Plazo de entrega / duración</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Lead times and durations</source>
        <translation>Plazos de entrega y duraciones</translation>
    </message>
    <message>
        <source>Rescheduling…</source>
        <translation>Replanificando…</translation>
    </message>
    <message>
        <source>%1 tasks, %2 on the critical path; scheduled in %3 ms.%4</source>
        <translation>%1 tareas, %2 en la ruta crítica; planificado en %3 ms.%4</translation>
    </message>
    <message>
        <source>Cannot schedule this design: %1</source>
        <translation>No se puede planificar este diseño: %1</translation>
    </message>
    <message>
        <source>First token in &lt;span style=&apos;color:#28783c&apos;&gt;%1 weeks&lt;/span&gt; (%2)</source>
        <translation>Primer token en &lt;span style=&apos;color:#28783c&apos;&gt;%1 semanas&lt;/span&gt; (%2)</translation>
    </message>
    <message>
        <source>Full capacity in &lt;span style=&apos;color:#1e5aaa&apos;&gt;%1 weeks&lt;/span&gt; (%2)</source>
        <translation>Plena capacidad en &lt;span style=&apos;color:#1e5aaa&apos;&gt;%1 semanas&lt;/span&gt; (%2)</translation>
    </message>
    <message>
        <source>; bridging %1 MW carries %2 SUs until %3 (%4 M USD, %5 t CO2)</source>
        <translation>; la potencia puente de %L1 MW alimenta %2 SU hasta %3 (%L4 M USD, %L5 t de CO2)</translation>
    </message>
    <message>
        <source>Driven by: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Determinado por: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>First token: n/a</source>
        <translation>Primer token: n/d</translation>
    </message>
    <message>
        <source>Full capacity: n/a</source>
        <translation>Plena capacidad: n/d</translation>
    </message>
    <message>
        <source>Assumption: </source>
        <translation>Supuesto: </translation>
    </message>
    <message>
        <source>Overridden (default %1)</source>
        <translation>Cambiado (por defecto %1)</translation>
    </message>
    <message>
        <source>Capacity ramp by date (SU by SU)</source>
        <translation>Rampa de capacidad por fecha (SU a SU)</translation>
    </message>
    <message>
        <source>MW energised (IT)</source>
        <translation>MW energizados (TI)</translation>
    </message>
    <message>
        <source>GPUs online</source>
        <translation>GPU en servicio</translation>
    </message>
    <message>
        <source>Million tokens/s online</source>
        <translation>Millones de tokens/s en servicio</translation>
    </message>
    <message>
        <source>Date (end of programme week)</source>
        <translation>Fecha (fin de la semana del programa)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>M tokens/s</source>
        <translation>M tokens/s</translation>
    </message>
    <message>
        <source>%1 must be %2 0</source>
        <translation>%1 debe ser %2 0</translation>
    </message>
    <message>
        <source>Set delivery model to %1</source>
        <translation>Fijar el modelo de ejecución en %1</translation>
    </message>
    <message>
        <source>Set schedule start to %1</source>
        <translation>Fijar el inicio del cronograma en %1</translation>
    </message>
    <message>
        <source>Set site readiness to %1</source>
        <translation>Fijar el estado del emplazamiento en %1</translation>
    </message>
    <message>
        <source>Set bridging power to %1 MW</source>
        <translation>Fijar la potencia puente en %L1 MW</translation>
    </message>
    <message>
        <source>Use supply priority for GPU racks</source>
        <translation>Usar prioridad de suministro para los racks de GPU</translation>
    </message>
    <message>
        <source>No supply priority</source>
        <translation>Sin prioridad de suministro</translation>
    </message>
    <message>
        <source>Own %1</source>
        <translation>Disponer de %1</translation>
    </message>
    <message>
        <source>Do not own %1</source>
        <translation>No disponer de %1</translation>
    </message>
    <message>
        <source>: on site %1</source>
        <translation>: en obra el %1</translation>
    </message>
    <message>
        <source>Owned equipment (%1)</source>
        <translation>Equipos propios (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no single lead time or duration to edit (%2).</source>
        <translation>«%1» no tiene un único plazo de entrega o duración que editar (%2).</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3:</source>
        <translation>%1 (%2), %3:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2)</source>
        <translation>«%1» no es un número (%2)</translation>
    </message>
    <message>
        <source>Scheduling the new design…</source>
        <translation>Planificando el nuevo diseño…</translation>
    </message>
</context>
<context>
    <name>aifp::ui::SelectTool</name>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n objeto seleccionado</numerusform>
            <numerusform>%n objetos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Seleccionar / mover</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n object(s) by x %1 m, y %2 m</source>
        <translation>
            <numerusform>Moviendo %n objeto x %1 m, y %2 m</numerusform>
            <numerusform>Moviendo %n objetos x %1 m, y %2 m</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aifp::ui::SelectionEditReaction</name>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Eliminar %n objeto</numerusform>
            <numerusform>Eliminar %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation>Girar 90°</translation>
    </message>
</context>
<context>
    <name>aifp::ui::SensitivityDock</name>
    <message>
        <source>Sensitivity and risks</source>
        <translation>Sensibilidad y riesgos</translation>
    </message>
    <message>
        <source>Tornado: cost per million tokens</source>
        <translation>Tornado: coste por millón de tokens</translation>
    </message>
    <message>
        <source>Tornado: first token</source>
        <translation>Tornado: primer token</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Sweeping the inputs of variant %1...</source>
        <translation>Barriendo las entradas de la variante %1...</translation>
    </message>
    <message numerus="yes">
        <source>Variant %1: one input at a time at the low and high end of its range (docs/options.md); %n risk(s) derived from the engines.</source>
        <translation>
            <numerusform>Variante %1: una entrada cada vez en el extremo bajo y alto de su intervalo (docs/options.md); %n riesgo derivado de los motores.</numerusform>
            <numerusform>Variante %1: una entrada cada vez en el extremo bajo y alto de su intervalo (docs/options.md); %n riesgos derivados de los motores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Sin calcular: %1</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Cost per million tokens: base %1 %2</source>
        <translation>Coste por millón de tokens: base %1 %2</translation>
    </message>
    <message>
        <source>First token: base %1 weeks (%2)</source>
        <translation>Primer token: base %1 semanas (%2)</translation>
    </message>
    <message>
        <source> (the %1 largest of %2 drivers)</source>
        <translation> (los %1 mayores de %2 factores)</translation>
    </message>
    <message>
        <source>input at its low end</source>
        <translation>entrada en su extremo bajo</translation>
    </message>
    <message>
        <source>input at its high end</source>
        <translation>entrada en su extremo alto</translation>
    </message>
    <message>
        <source>change from the base (%1)</source>
        <translation>cambio respecto a la base (%1)</translation>
    </message>
    <message>
        <source>No sensitivity computed</source>
        <translation>Sin sensibilidad calculada</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>&amp;Sensitivity and risks</source>
        <translation>&amp;Sensibilidad y riesgos</translation>
    </message>
</context>
<context>
    <name>aifp::ui::SimulateFailureReaction</name>
    <message>
        <source>Failure impact</source>
        <translation>Impacto del fallo</translation>
    </message>
    <message>
        <source>Loses power</source>
        <translation>Pierde potencia</translation>
    </message>
    <message>
        <source>Loses cooling or fabric</source>
        <translation>Pierde refrigeración o fabric</translation>
    </message>
    <message>
        <source>Loses redundancy</source>
        <translation>Pierde redundancia</translation>
    </message>
    <message>
        <source>Unaffected</source>
        <translation>No afectado</translation>
    </message>
</context>
<context>
    <name>aifp::ui::SiteClimateEditor</name>
    <message>
        <source>Site climate</source>
        <translation>Clima del emplazamiento</translation>
    </message>
    <message>
        <source>Design ambient, dry-bulb</source>
        <translation>Temperatura ambiente de diseño, bulbo seco</translation>
    </message>
    <message>
        <source>typed-in design ambient</source>
        <translation>temperatura de diseño introducida</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; is not in the climate library%2</source>
        <translation>Rechazado: «%1» no está en la biblioteca climática%2</translation>
    </message>
    <message>
        <source>Set site climate to %1</source>
        <translation>Fijar el clima del emplazamiento en %1</translation>
    </message>
    <message>
        <source>Refused: design ambient must be within %1..%2 °C</source>
        <translation>Rechazado: la temperatura ambiente de diseño debe estar entre %1 y %2 °C</translation>
    </message>
    <message>
        <source>Refused: the design ambient comes from the site climate; choose &quot;Typed-in design ambient&quot; to type one</source>
        <translation>Rechazado: la temperatura ambiente de diseño viene del clima del emplazamiento; elija «Temperatura de diseño introducida» para escribir una</translation>
    </message>
    <message>
        <source>Set design ambient to %1 °C</source>
        <translation>Fijar la temperatura ambiente de diseño en %1 °C</translation>
    </message>
    <message>
        <source>%1 (not in the climate library)</source>
        <translation>%1 (no está en la biblioteca climática)</translation>
    </message>
    <message>
        <source>. PUE annual integrates the plant over this location&apos;s year.</source>
        <translation>. El PUE anual integra la planta a lo largo del año de esta ubicación.</translation>
    </message>
    <message>
        <source>No location: no wet-bulb is known (no adiabatic credit) and PUE annual equals the design-ambient figure at typical load.</source>
        <translation>Sin ubicación: no se conoce el bulbo húmedo (sin crédito adiabático) y el PUE anual es igual al valor a la temperatura ambiente de diseño con carga típica.</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ValidationWorker</name>
    <message>
        <source>validation stopped: %1</source>
        <translation>la validación se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>aifp::ui::VariantSwitcher</name>
    <message>
        <source>The variant being edited: switching is one undo step</source>
        <translation>La variante que se edita: cambiar de variante es un paso de deshacer</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <source>Not a valid name: %1</source>
        <translation>Nombre no válido: %1</translation>
    </message>
    <message>
        <source>Opening variant %1...</source>
        <translation>Abriendo la variante %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Variant not opened</source>
        <translation>Variante no abierta</translation>
    </message>
    <message>
        <source>Editing variant %1 (%2 ms)</source>
        <translation>Editando la variante %1 (%2 ms)</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Nueva variante</translation>
    </message>
    <message>
        <source>A project holds at most %1 variants.</source>
        <translation>Un proyecto contiene como máximo %1 variantes.</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> copia</translation>
    </message>
    <message>
        <source> copy %1</source>
        <translation> copia %1</translation>
    </message>
    <message>
        <source>A copy of variant %1, made the one being edited. (Variants with other targets, re-generated: aifp-cli variant add.)</source>
        <translation>Una copia de la variante %1, que pasa a ser la que se edita. (Variantes con otros objetivos, regeneradas: aifp-cli variant add.)</translation>
    </message>
    <message>
        <source>Rename variant</source>
        <translation>Renombrar variante</translation>
    </message>
    <message>
        <source>New name of variant %1:</source>
        <translation>Nuevo nombre de la variante %1:</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Eliminar variante</translation>
    </message>
    <message>
        <source>The base variant cannot be deleted: make another variant the base first.</source>
        <translation>La variante base no se puede eliminar: haga antes base otra variante.</translation>
    </message>
    <message>
        <source>Delete variant %1? The base becomes the one being edited (Undo brings the variant back).</source>
        <translation>¿Eliminar la variante %1? La base pasa a ser la que se edita (Deshacer recupera la variante).</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>  Variant: </source>
        <translation>  Variante: </translation>
    </message>
    <message>
        <source>Va&amp;riants</source>
        <translation>Va&amp;riantes</translation>
    </message>
    <message>
        <source>&amp;New variant from current...</source>
        <translation>&amp;Nueva variante a partir de la actual...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renombrar...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>Set as &amp;base</source>
        <translation>Hacer &amp;base</translation>
    </message>
    <message>
        <source>Copying variant %1...</source>
        <translation>Copiando la variante %1...</translation>
    </message>
    <message>
        <source>Re-generating variant %1 with the new targets...</source>
        <translation>Regenerando la variante %1 con los nuevos objetivos...</translation>
    </message>
    <message>
        <source>Swapping the GPU racks of variant %1...</source>
        <translation>Cambiando los racks de GPU de la variante %1...</translation>
    </message>
    <message>
        <source>New variant cancelled</source>
        <translation>Nueva variante cancelada</translation>
    </message>
    <message>
        <source>Variant not made</source>
        <translation>Variante no creada</translation>
    </message>
    <message>
        <source>Added variant %1</source>
        <translation>Añadida la variante %1</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Variant %1 holds the swapped design. What breaks and what must be added:</source>
        <translation>La variante %1 contiene el diseño cambiado. Qué falla y qué hay que añadir:</translation>
    </message>
    <message>
        <source>Variant %1 was re-generated, with these warnings:</source>
        <translation>La variante %1 se ha regenerado, con estos avisos:</translation>
    </message>
    <message>
        <source>New variant from &amp;targets or swap...</source>
        <translation>Nueva variante a partir de &amp;objetivos o cambio...</translation>
    </message>
</context>
<context>
    <name>aifp::ui::ViewportWidget</name>
    <message>
        <source>%1 (at centre)</source>
        <translation>%1 (en el centro)</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>%1, equipment</source>
        <translation>%1, equipos</translation>
    </message>
    <message>
        <source>%1 - rack %2</source>
        <translation>%1 - rack %2</translation>
    </message>
    <message>
        <source> - type not in catalog</source>
        <translation> - modelo fuera del catálogo</translation>
    </message>
    <message>
        <source> - path %1</source>
        <translation> - ruta %1</translation>
    </message>
    <message>
        <source>Power link #%1 - %2</source>
        <translation>Enlace de potencia n.º %1 - %2</translation>
    </message>
    <message>
        <source>Pipe #%1 - %2 loop - ID %3 mm - %4 m</source>
        <translation>Tubería n.º %1 - circuito %2 - DI %3 mm - %4 m</translation>
    </message>
    <message>
        <source>%1 - switch %2 - tier %3 - %4 x %5G</source>
        <translation>%1 - switch %2 - nivel %3 - %4 x %5G</translation>
    </message>
    <message>
        <source>%1 - hall %2 x %3 m</source>
        <translation>%1 - sala de %2 x %3 m</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Select these object ids (comma-separated).</source>
        <translation>Selecciona estos ids de objeto (separados por comas).</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1366x768.</source>
        <translation>Tamaño de ventana para --screenshot, p. ej. 1366x768.</translation>
    </message>
    <message>
        <source>Start a new untitled project from FILE (like File &gt; New from template): unsaved until you save it.</source>
        <translation>Empieza un proyecto nuevo sin título a partir de FILE (como Archivo &gt; Nuevo desde plantilla): sin guardar hasta que lo guarde.</translation>
    </message>
    <message>
        <source>Do not offer to recover autosaved work at start.</source>
        <translation>No ofrece recuperar el trabajo guardado automáticamente al iniciar.</translation>
    </message>
    <message>
        <source>Show and raise the dock with this object name (e.g. scheduleDock), for screenshots.</source>
        <translation>Muestra y pone delante el panel con este nombre de objeto (p. ej. scheduleDock), para capturas.</translation>
    </message>
    <message>
        <source>Write the report (PDF or HTML) through the application&apos;s export, without a window, then exit.</source>
        <translation>Escribe el informe (PDF o HTML) con la exportación de la aplicación, sin ventana, y sale.</translation>
    </message>
    <message>
        <source>Language of the interface and reports: es or en (default: the choice in View &gt; Language, else the system locale).</source>
        <translation>Idioma de la interfaz y de los informes: es o en (por defecto: la opción de Ver &gt; Idioma o, si no, la configuración regional del sistema).</translation>
    </message>
    <message>
        <source>AI Factory Planner: plan GPU data centres.</source>
        <translation>AI Factory Planner: planifique centros de datos de GPU.</translation>
    </message>
    <message>
        <source>Project file (.aifp) to open.</source>
        <translation>Archivo de proyecto (.aifp) que abrir.</translation>
    </message>
    <message>
        <source>--export-report needs a project file to export</source>
        <translation>--export-report necesita un archivo de proyecto que exportar</translation>
    </message>
    <message>
        <source>Save the window as PNG once loaded and computed (validation, estimate, schedule; at most 180 s), then exit.</source>
        <translation>Guardar la ventana como PNG cuando esté cargada y calculada (validación, estimación, cronograma; 180 s como máximo) y salir.</translation>
    </message>
    <message>
        <source>Switch to this variant of FILE once it is open (as the Variants tool bar does).</source>
        <translation>Cambiar a esta variante de FILE una vez abierto (como la barra de herramientas Variantes).</translation>
    </message>
</context>
</TS>
