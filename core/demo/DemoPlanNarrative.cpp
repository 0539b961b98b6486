#include "DemoPlanNarrative.h"

using namespace Qt::Literals::StringLiterals;

namespace planea::demo::narrative {

const QList<OfficeSpec> &offices()
{
    static const QList<OfficeSpec> rows = {
        { u"PLA", u"Secretaría de Planeación" },
        { u"GOB", u"Secretaría de Gobierno" },
        { u"SAL", u"Secretaría de Salud" },
        { u"EDU", u"Secretaría de Educación y Cultura" },
        { u"AGR", u"Secretaría de Agricultura y Medio Ambiente" },
        { u"OBR", u"Secretaría de Obras Públicas" },
        { u"HAC", u"Secretaría de Hacienda" },
    };
    return rows;
}

const QList<LineSpec> &lines()
{
    static const QList<LineSpec> rows = {
        { u"Tejido social",
          u"Una Buenavista que cuida a su gente: salud cercana en el campo, escuelas dignas, cultura, deporte "
          u"y oportunidades para la niñez y la juventud.",
          30.0,
          { u"19", u"22", u"33", u"41", u"43" } },
        { u"Desarrollo económico",
          u"Un campo cafetero productivo y un turismo rural que deje ingresos en las familias buenavistenses.",
          20.0,
          { u"17", u"35" } },
        { u"Fortalecimiento institucional",
          u"Una administración que rinde cuentas, atiende a tiempo, convive en paz y conoce su territorio.",
          15.0,
          { u"45" } },
        { u"Integración regional",
          u"Vías terciarias y alumbrado que conecten las veredas con el casco urbano y con el Quindío.",
          20.0,
          { u"24", u"21" } },
        { u"Sostenibilidad y gestión ambiental",
          u"Agua potable, saneamiento y bosques protegidos para las cuencas que abastecen al municipio.",
          15.0,
          { u"32", u"40" } },
    };
    return rows;
}

const QList<WellbeingSpec> &wellbeing()
{
    // Values are illustrative series for a municipality of about 3.000 inhabitants.
    static const QList<WellbeingSpec> rows = {
        { u"PENTA",
          1,
          u"Cobertura de vacunación con pentavalente en menores de 1 año",
          u"Porcentaje",
          u"19",
          u"Ministerio de Salud y Protección Social",
          true,
          3,
          { 92.1, 90.4, 86.7, 88.2, 89.5, 90.3, 88.9, 89.0 },
          2026,
          95.0 },
        { u"FEC",
          1,
          u"Tasa de fecundidad en mujeres de 15 a 19 años (por cada 1.000 mujeres)",
          u"Tasa por 1.000",
          u"19",
          u"DANE - Estadísticas vitales",
          false,
          3,
          { 68.2, 65.0, 62.3, 60.1, 58.4, 55.9, 54.2, 52.7 },
          2026,
          45.0 },
        { u"RSUB",
          1,
          u"Cobertura del régimen subsidiado en salud",
          u"Porcentaje",
          u"19",
          u"Ministerio de Salud y Protección Social",
          true,
          3,
          { 76.8, 77.5, 78.9, 79.4, 79.8, 80.1, 80.0, 80.2 },
          2026,
          81.0 },
        { u"DESER",
          1,
          u"Tasa de deserción intra-anual del sector oficial en educación básica y media",
          u"Porcentaje",
          u"22",
          u"Ministerio de Educación Nacional",
          false,
          4,
          { 4.1, 3.8, 5.2, 4.6, 3.9, 3.5, 3.3, 3.1 },
          2026,
          2.5 },
        { u"MEDIA",
          1,
          u"Cobertura neta en educación media",
          u"Porcentaje",
          u"22",
          u"Ministerio de Educación Nacional",
          true,
          4,
          { 38.5, 39.2, 37.1, 40.3, 41.8, 42.6, 43.5, 44.0 },
          2026,
          50.0 },
        { u"CULT",
          1,
          u"Personas que asisten a actividades culturales",
          u"Personas",
          u"33",
          u"Entidad territorial",
          true,
          4,
          { 2100, 900, 1600, 2400, 2750, 2900, 3100, 3200 },
          2026,
          3600 },
        { u"DEP",
          1,
          u"Personas que practican actividad física y deporte",
          u"Personas",
          u"43",
          u"Entidad territorial",
          true,
          3,
          { 700, 380, 560, 720, 790, 840, 880, 900 },
          2026,
          1100 },
        { u"IPM",
          2,
          u"Índice de pobreza multidimensional (IPM)",
          u"Porcentaje de personas",
          u"41",
          u"DANE",
          false,
          1,
          { 33.9, 34.6, 32.8, 31.0, 30.2, 29.1, 28.4, 27.8 },
          2026,
          24.0 },
        { u"DESJ",
          2,
          u"Tasa de desempleo en jóvenes",
          u"Porcentaje",
          u"36",
          u"DANE - Gran Encuesta Integrada de Hogares",
          false,
          8,
          { 19.8, 25.4, 22.1, 19.9, 18.7, 18.2, 17.9, 17.5 },
          2026,
          15.0 },
        { u"HURTO",
          3,
          u"Tasa de hurto a personas (por cada 100.000 habitantes)",
          u"Tasa por 100.000",
          u"45",
          u"Policía Nacional",
          false,
          16,
          { 121.0, 88.0, 104.0, 112.0, 108.0, 101.0, 98.0, 95.0 },
          2026,
          80.0 },
        { u"VIF",
          3,
          u"Tasa de violencia intrafamiliar (por cada 100.000 habitantes)",
          u"Tasa por 100.000",
          u"45",
          u"Instituto Nacional de Medicina Legal",
          false,
          5,
          { 248.0, 262.0, 231.0, 219.0, 205.0, 198.0, 190.0, 184.0 },
          2026,
          160.0 },
        { u"IDF",
          3,
          u"Índice de desempeño fiscal",
          u"Puntaje",
          u"45",
          u"Departamento Nacional de Planeación",
          true,
          16,
          { 62.4, 60.9, 63.8, 64.5, 65.2, 66.0, 66.8, 67.3 },
          2026,
          72.0 },
        { u"MDM",
          3,
          u"Medición de desempeño municipal (MDM)",
          u"Puntaje",
          u"45",
          u"Departamento Nacional de Planeación",
          true,
          16,
          { 51.2, 52.0, 53.4, 54.1, 55.0, 55.6, 56.3, 57.0 },
          2026,
          62.0 },
        { u"IDI",
          3,
          u"Índice de desempeño institucional",
          u"Puntaje",
          u"45",
          u"Departamento Administrativo de la Función Pública",
          true,
          16,
          { 58.7, 60.2, 61.5, 63.0, 63.8, 64.9, 65.4, 66.1 },
          2026,
          72.0 },
        { u"VIAS",
          4,
          u"Porcentaje de la red vial terciaria en buen estado",
          u"Porcentaje",
          u"24",
          u"Entidad territorial",
          true,
          9,
          { 28.0, 27.5, 29.0, 30.5, 31.0, 32.4, 33.8, 35.0 },
          2026,
          45.0 },
        { u"ACUE",
          5,
          u"Cobertura de acueducto",
          u"Porcentaje de viviendas",
          u"40",
          u"Superintendencia de Servicios Públicos / DANE",
          true,
          6,
          { 88.1, 88.4, 89.0, 89.7, 90.5, 91.0, 91.6, 92.0 },
          2026,
          95.0 },
        { u"ALCA",
          5,
          u"Cobertura de alcantarillado",
          u"Porcentaje de viviendas",
          u"40",
          u"Superintendencia de Servicios Públicos / DANE",
          true,
          6,
          { 70.2, 70.5, 71.3, 72.0, 72.6, 73.1, 73.6, 74.0 },
          2026,
          78.0 },
        { u"IRCA",
          5,
          u"Índice de riesgo de la calidad del agua para consumo humano (IRCA)",
          u"Puntaje",
          u"40",
          u"Instituto Nacional de Salud",
          false,
          6,
          { 31.5, 29.8, 28.4, 26.0, 25.1, 24.3, 23.0, 22.0 },
          2026,
          5.0 },
        { u"DEFOR",
          5,
          u"Hectáreas de bosque deforestadas",
          u"Hectáreas",
          u"32",
          u"IDEAM",
          false,
          15,
          { 25.0, 27.0, 24.0, 22.0, 21.0, 20.0, 19.0, 18.0 },
          2025,
          8.0 },
        { u"ECOS",
          5,
          u"Área en ecosistemas estratégicos protegida",
          u"Hectáreas",
          u"32",
          u"Entidad territorial / autoridad ambiental",
          true,
          15,
          { 300, 310, 335, 360, 380, 395, 410, 420 },
          2026,
          450 },
        { u"NBI",
          0,
          u"Necesidades básicas insatisfechas (NBI)",
          u"Porcentaje de personas",
          u"41",
          u"DANE",
          false,
          1,
          { 19.6, 19.6, 19.1, 18.7, 18.4, 18.1, 17.9, 17.6 },
          2026,
          0.0 },
    };
    return rows;
}

const QList<ProgramSpec> &programs()
{
    static const QList<ProgramSpec> rows = {
        { 1, u"1901", u"Salud pública y prestación de servicios",
          u"Reducir los riesgos en salud de la población, con énfasis en la niñez y la adolescencia, y acercar la "
          u"atención en salud a las veredas.",
          20 },
        { 1, u"1902", u"Aseguramiento y administración del Sistema General de la Seguridad Social en Salud - SGSSS",
          u"Mantener el aseguramiento en salud de la población.", 15 },
        { 1, u"2201", u"Calidad, cobertura y fortalecimiento de la educación inicial, prescolar, básica y media",
          u"Que niñas, niños y jóvenes permanezcan en el colegio, en sedes dignas y con alimentación.", 35 },
        { 1, u"3301", u"Promoción y acceso efectivo a procesos culturales y artísticos",
          u"Ampliar el acceso a la biblioteca y a la formación artística.", 10 },
        { 1, u"4102", u"Desarrollo integral de niñas, niños, adolescentes y sus familias",
          u"Atención integral a la primera infancia y participación de los jóvenes.", 10 },
        { 1, u"4301",
          u"Fomento a la recreación, la actividad física y el deporte para desarrollar entornos de convivencia y paz",
          u"Más personas activas en escenarios deportivos mantenidos.", 10 },
        { 2, u"1702", u"Inclusión productiva de pequeños productores rurales",
          u"Mejorar los ingresos de los pequeños productores de café, plátano y frutales.", 55 },
        { 2, u"3502", u"Productividad y competitividad de las empresas colombianas",
          u"Fortalecer los emprendimientos y el turismo rural del municipio.", 45 },
        { 3, u"4501", u"Fortalecimiento de la convivencia y la seguridad ciudadana",
          u"Prevenir el delito y la violencia intrafamiliar y atender a tiempo a las víctimas.", 40 },
        { 3, u"4599", u"Fortalecimiento a la gestión y dirección de la administración pública territorial",
          u"Una administración con catastro actualizado, seguimiento público del plan y atención oportuna.", 60 },
        { 4, u"2402", u"Infraestructura red vial regional", u"Vías terciarias transitables todo el año.", 70 },
        { 4, u"2102", u"Consolidación productiva del sector de energía eléctrica",
          u"Alumbrado público en los centros poblados y accesos veredales.", 30 },
        { 5, u"3202", u"Conservación de la biodiversidad y sus servicios ecosistémicos",
          u"Restaurar y proteger los bosques de las microcuencas abastecedoras.", 40 },
        { 5, u"4003", u"Acceso de la población a los servicios de agua potable y saneamiento básico",
          u"Agua apta para el consumo humano y alcantarillado en el casco urbano y los centros poblados.", 60 },
    };
    return rows;
}

QList<ProblemAnalysis> problems(const QList<qint64> &lineIds)
{
    auto line = [&](int n) { return std::optional<qint64>(lineIds.value(n - 1)); };
    return {
        { 0, line(1), u"19"_s, u"Embarazo en la adolescencia por encima del promedio departamental."_s,
          u"Pocos servicios amigables para jóvenes; deserción escolar; distancia de las veredas al puesto de salud."_s,
          u"Abandono escolar de madres adolescentes y reproducción de la pobreza."_s,
          u"Adolescentes de 15 a 19 años, en especial de la zona rural."_s,
          u"Veredas de la zona alta y casco urbano."_s },
        { 0, line(1), u"22"_s, u"Sedes educativas rurales en mal estado y sin dotación."_s,
          u"Falta de mantenimiento durante varios años; recursos de calidad insuficientes."_s,
          u"Deserción escolar y baja cobertura en educación media."_s,
          u"Estudiantes de las sedes rurales de la institución educativa."_s, u"Sedes rurales."_s },
        { 0, line(2), u"17"_s, u"Bajos ingresos de los pequeños caficultores."_s,
          u"Cafetales envejecidos, poca asistencia técnica y comercialización con intermediarios."_s,
          u"Migración de los jóvenes del campo y envejecimiento de la población rural."_s,
          u"Familias productoras con menos de 5 hectáreas."_s, u"Zona rural."_s },
        { 0, line(3), u"45"_s, u"Catastro desactualizado y baja capacidad de recaudo."_s,
          u"La última actualización catastral tiene más de diez años."_s,
          u"Ingresos propios bajos y dependencia de las transferencias."_s, u"Toda la población."_s,
          u"Todo el municipio."_s },
        { 0, line(4), u"24"_s, u"Vías terciarias intransitables en temporada de lluvias."_s,
          u"Pendientes fuertes, falta de obras de drenaje y mantenimiento irregular."_s,
          u"Pérdida de cosechas y dificultad para llegar a la escuela y al puesto de salud."_s,
          u"Habitantes de las veredas."_s, u"Red vial terciaria (unos 60 km)."_s },
        { 0, line(5), u"40"_s, u"Agua no apta para el consumo humano en acueductos rurales."_s,
          u"Acueductos veredales sin planta de tratamiento; contaminación de las fuentes."_s,
          u"Enfermedades diarreicas, en especial en la niñez."_s, u"Familias servidas por acueductos veredales."_s,
          u"Veredas con acueducto comunitario."_s },
    };
}

QList<CharacterizationNote> characterization()
{
    return {
        { 0, CharacterizationKind::PopulationGroups, u"Población"_s,
          u"Municipio de unos 3.000 habitantes (DEMOSTRACIÓN: cifras ilustrativas), cerca de la mitad en la zona "
          u"rural; "
          u"población joven que migra hacia Armenia y población mayor creciente."_s },
        { 0, CharacterizationKind::TransitionReport, u"Informe de empalme"_s,
          u"El informe de empalme señala obras de acueducto por terminar y la necesidad de actualizar el catastro."_s },
        { 0, CharacterizationKind::LandUseInstruments, u"Esquema de Ordenamiento Territorial"_s,
          u"EOT vigente en revisión; el componente rural requiere ajuste a las determinantes ambientales."_s },
        { 0, CharacterizationKind::SpecialClassifications, u"Clasificaciones especiales"_s,
          u"Municipio de categoría 6; no es PDET ni ZOMAC; hace parte del Paisaje Cultural Cafetero."_s },
        { 0, CharacterizationKind::Competencies, u"Competencias"_s,
          u"Municipio no certificado en educación: la administración de la planta docente corresponde al departamento."_s },
        { 0, CharacterizationKind::FinancialResources, u"Recursos financieros"_s,
          u"Alta dependencia del SGP y de la cofinanciación; el crédito se reserva para vías y educación."_s },
    };
}

QList<TeamMember> team()
{
    // Fictional people for the demonstration.
    return {
        { 0, u"Andrés Felipe Demostración Ruiz"_s, u"Secretario de Planeación"_s, u"Secretaría de Planeación"_s,
          u"Coordinador del equipo formulador"_s, u"planeacion@buenavista-demo.example"_s, u"606 000 0001"_s, true, 1 },
        { 0, u"Luz Marina Ejemplo Ospina"_s, u"Secretaria de Hacienda"_s, u"Secretaría de Hacienda"_s,
          u"Componente financiero y plan plurianual"_s, u"hacienda@buenavista-demo.example"_s, u"606 000 0002"_s, false,
          2 },
        { 0, u"Jorge Iván Muestra Castaño"_s, u"Secretario de Salud"_s, u"Secretaría de Salud"_s,
          u"Líder sectorial de salud"_s, u"salud@buenavista-demo.example"_s, u"606 000 0003"_s, false, 3 },
        { 0, u"Diana Patricia Prueba Giraldo"_s, u"Secretaria de Educación y Cultura"_s,
          u"Secretaría de Educación y Cultura"_s, u"Líder sectorial de educación, cultura y deporte"_s,
          u"educacion@buenavista-demo.example"_s, u"606 000 0004"_s, false, 4 },
        { 0, u"Carlos Arturo Ficticio López"_s, u"Secretario de Agricultura y Medio Ambiente"_s,
          u"Secretaría de Agricultura y Medio Ambiente"_s, u"Líder de desarrollo rural y ambiente"_s,
          u"agricultura@buenavista-demo.example"_s, u"606 000 0005"_s, false, 5 },
        { 0, u"Paola Andrea Modelo Henao"_s, u"Profesional universitaria"_s, u"Secretaría de Planeación"_s,
          u"Diagnóstico y seguimiento"_s, u"seguimiento@buenavista-demo.example"_s, u"606 000 0006"_s, false, 6 },
    };
}

QList<ChecklistItem> checklist()
{
    return {
        { 0, u"PROGRAMA_GOBIERNO"_s, u"Programa de gobierno disponible"_s, true,
          u"Programa inscrito en la Registraduría (copia en el archivo de Planeación)."_s, 1 },
        { 0, u"EMPALME"_s, u"Informe de empalme recibido"_s, true, u"Acta de empalme del 15 de diciembre de 2027."_s,
          2 },
        { 0, u"EQUIPO"_s, u"Equipo formulador conformado"_s, true, u"Decreto 002 de 2028 (ficticio)."_s, 3 },
        { 0, u"CTP"_s, u"Consejo Territorial de Planeación conformado o renovado"_s, true,
          u"Decreto 004 de 2028 (ficticio): renovación de la mitad de sus integrantes."_s, 4 },
        { 0, u"MFMP"_s, u"Marco Fiscal de Mediano Plazo disponible"_s, true,
          u"MFMP 2028-2037 presentado con el presupuesto 2028."_s, 5 },
        { 0, u"EOT"_s, u"Estado del Esquema de Ordenamiento Territorial revisado"_s, true,
          u"Concepto de la Secretaría de Planeación sobre la vigencia del EOT."_s, 6 },
        { 0, u"TERRIDATA"_s, u"Fichas territoriales y TerriData descargadas"_s, true,
          u"Fichas guardadas en la biblioteca de apoyo del plan."_s, 7 },
        { 0, u"PARTICIPACION"_s, u"Cronograma de participación ciudadana definido"_s, false,
          u"Pendiente confirmar las fechas de las mesas veredales."_s, 8 },
    };
}

QList<MilestoneRecord> milestones()
{
    // Codes of calc::LegalCalendar's steps.
    return {
        { 0, u"CONSOLIDACION"_s, QDate(2028, 2, 20), u"Consejo de Gobierno consolidó el anteproyecto."_s },
        { 0, u"RADICACION_CTP"_s, QDate(2028, 2, 27), u"Radicado al CTP y copia al Concejo."_s },
        { 0, u"ENVIO_CAR"_s, QDate(2028, 2, 27), u"Copia a la Corporación Autónoma Regional del Quindío."_s },
        { 0, u"CONCEPTO_CTP"_s, QDate(2028, 3, 25), u"Concepto favorable con recomendaciones."_s },
        { 0, u"RADICACION_CONCEJO"_s, QDate(2028, 4, 28), u"Proyecto de acuerdo 010 de 2028 (ficticio)."_s },
        { 0, u"DECISION_CONCEJO"_s, QDate(2028, 5, 26), u"Aprobado: Acuerdo 006 de 2028 (ficticio)."_s },
        { 0, u"PLAN_INDICATIVO"_s, QDate(2028, 6, 20), u"Aprobado por el Consejo de Gobierno."_s },
    };
}

QList<RoyaltiesInitiative> royalties(const QList<qint64> &lineIds)
{
    RoyaltiesInitiative roads;
    roads.code = u"ISGR-1"_s;
    roads.lineId = lineIds.value(3);
    roads.kind = u"Proyecto de inversión"_s;
    roads.sectorCode = u"24"_s;
    roads.description = u"Mejoramiento con placa huella de la vía a la vereda La Mina"_s;
    roads.indicativeAmount = 1'200'000'000;
    roads.bpin = u"2028631110001"_s;
    roads.programming = { { 2029, 700'000'000 }, { 2031, 500'000'000 } };

    RoyaltiesInitiative water;
    water.code = u"ISGR-2"_s;
    water.lineId = lineIds.value(4);
    water.kind = u"Proyecto de inversión"_s;
    water.sectorCode = u"40"_s;
    water.description = u"Planta de tratamiento de agua potable para el acueducto veredal de Río Verde"_s;
    water.indicativeAmount = 950'000'000;
    water.bpin = u"2028631110002"_s;
    water.programming = { { 2029, 950'000'000 } };
    return { roads, water };
}

QString governmentProgramText()
{
    return u"Programa de gobierno «Buenavista, territorio de oportunidades» (texto de demostración). Buenavista será "
           u"un municipio que cuida a su gente y a su agua: salud cercana en las veredas, escuelas dignas, "
           u"oportunidades para los jóvenes en el campo cafetero y en el turismo rural, vías terciarias transitables "
           u"todo el año, bosques protegidos y una administración transparente que rinde cuentas."_s;
}

} // namespace planea::demo::narrative
