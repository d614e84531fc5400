using System.Globalization;

namespace OpenData.Synthetic;

/// <summary>Spanish words and phrases (with accents and ñ) from which synthetic records are composed.</summary>
internal sealed class SyntheticText(Random random)
{
    public static readonly string[] DurangoMunicipalities =
    [
        "Canatlán", "Canelas", "Coneto de Comonfort", "Cuencamé", "Durango", "General Simón Bolívar", "Gómez Palacio",
        "Guadalupe Victoria", "Guanaceví", "Hidalgo", "Indé", "Lerdo", "Mapimí", "Mezquital", "Nazas", "Nombre de Dios",
        "Ocampo", "El Oro", "Otáez", "Pánuco de Coronado", "Peñón Blanco", "Poanas", "Pueblo Nuevo", "Rodeo",
        "San Bernardo", "San Dimas", "San Juan de Guadalupe", "San Juan del Río", "San Luis del Cordero",
        "San Pedro del Gallo", "Santa Clara", "Santiago Papasquiaro", "Súchil", "Tamazula", "Tepehuanes", "Tlahualilo",
        "Topia", "Vicente Guerrero", "Nuevo Ideal",
    ];

    private static readonly string[] Topics =
    [
        "prevención de la violencia de género", "atención psicológica y jurídica a mujeres",
        "capacitación en igualdad sustantiva", "operación del Centro de Justicia para las Mujeres",
        "transversalización de la perspectiva de género", "refugio para mujeres en situación de violencia",
        "difusión del violentómetro", "fortalecimiento de las instancias municipales de las mujeres",
        "profesionalización del personal del Instituto", "atención a niñas y adolescentes",
        "autonomía económica de las mujeres rurales", "línea de atención telefónica las 24 horas",
        "medidas de la Alerta de Violencia de Género", "salud sexual y reproductiva",
        "participación política de las mujeres", "unidades móviles de atención en la sierra",
    ];

    private static readonly string[] EventOpenings =
    [
        "Inauguración de", "Firma de convenio para", "Publicación de la reforma sobre", "Informe anual de",
        "Foro estatal de", "Dictamen del grupo de trabajo sobre", "Arranque de la campaña de", "Capacitación en",
        "Reunión interinstitucional sobre", "Presentación del diagnóstico de",
    ];

    private static readonly string[] Verbs =
    [
        "anunció", "informó sobre", "presentó", "reconoció avances en", "señaló rezagos en", "destinó recursos a",
        "amplió la cobertura de", "evaluó", "coordinó acciones de", "publicó los resultados de",
    ];

    private static readonly string[] Actors =
    [
        "El Instituto Estatal de las Mujeres", "La Secretaría de Gobernación", "La Conavim", "El Congreso del Estado",
        "La Fiscalía General del Estado", "El Sistema DIF Estatal", "La Comisión Estatal de Derechos Humanos",
        "El Inmujeres", "El ayuntamiento", "Una organización de la sociedad civil",
    ];

    private static readonly string[] Publishers =
    [
        "El Siglo de Durango", "El Sol de Durango", "Proceso", "Periódico Oficial del Estado de Durango",
        "Contralínea", "Inmujeres", "Conavim", "Gobierno del Estado de Durango", "Congreso del Estado de Durango",
        "CEDH Durango", "Animal Político", "El Siglo de Torreón",
    ];

    private static readonly string[] SourceGenres =
    [
        "Nota periodística sobre", "Boletín oficial sobre", "Informe de gobierno sobre", "Acuerdo publicado sobre",
        "Estudio académico sobre", "Comunicado sobre", "Respuesta a solicitud de transparencia sobre",
    ];

    private static readonly string[] GivenNames =
    [
        "María", "José", "Ana", "Luis", "Guadalupe", "Sofía", "Martín", "Verónica", "Ramón", "Inés", "Yadira", "Fabiola",
        "Marisol", "Andrés", "Héctor", "Rocío", "Mónica", "Raúl", "Jesús", "Ángeles", "Dolores", "Araceli", "Iván", "Nohemí",
    ];

    private static readonly string[] Surnames =
    [
        "Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Flores",
        "Gómez", "Díaz", "Vázquez", "Cháirez", "Núñez", "Muñoz", "Ibarra", "Alanís", "Terrones", "Ochoa", "Ríos", "Peña",
        "Zúñiga", "Castañeda",
    ];

    private static readonly string[] Roles =
    [
        "Directora General", "Subdirectora de Planeación", "Coordinadora de Programas", "Titular de la Instancia Municipal de las Mujeres",
        "Jefa del Departamento Jurídico", "Secretaria Técnica", "Delegada Regional", "Enlace de Género", "Visitadora General",
    ];

    private static readonly string[] Organisations =
    [
        "Instituto Estatal de las Mujeres de Durango", "Secretaría de Gobernación (SEGOB)", "Instituto Nacional de las Mujeres (Inmujeres)",
        "Comisión Nacional para Prevenir y Erradicar la Violencia contra las Mujeres (Conavim)", "Fiscalía General del Estado de Durango",
        "Sistema DIF Estatal", "Comisión Estatal de Derechos Humanos de Durango",
    ];

    private static readonly string[] Terms =
    [
        "igualdad sustantiva", "perspectiva de género", "violencia feminicida", "transversalización", "empoderamiento",
        "interseccionalidad", "brecha salarial", "acoso sexual", "violencia vicaria", "paridad", "masculinidades",
        "presupuesto con perspectiva de género",
    ];

    public string Pick(string[] words) => words[random.Next(words.Length)];

    public string Topic() => Pick(Topics);

    public static string Municipality(int index) =>
        index < DurangoMunicipalities.Length
            ? DurangoMunicipalities[index]
            : string.Create(CultureInfo.InvariantCulture, $"{DurangoMunicipalities[index % DurangoMunicipalities.Length]} {(index / DurangoMunicipalities.Length) + 1}");

    public string Person() => $"{Pick(GivenNames)} {Pick(GivenNames)} {Pick(Surnames)} {Pick(Surnames)}";

    public string Role() => Pick(Roles);

    public string Organisation() => Pick(Organisations);

    public string Publisher() => Pick(Publishers);

    public string Term() => Pick(Terms);

    public string EventTitle(string place) => $"{Pick(EventOpenings)} {Topic()} en {place}";

    public string SourceTitle(int year) => string.Create(CultureInfo.InvariantCulture, $"{Pick(SourceGenres)} {Topic()} ({year})");

    /// <summary>One or two sentences of plain Spanish prose.</summary>
    public string Sentences(string place)
    {
        var first = $"{Pick(Actors)} {Pick(Verbs)} {Topic()} en {place}.";
        return random.Next(2) == 0 ? first : $"{first} {Pick(Actors)} {Pick(Verbs)} {Topic()}.";
    }

    /// <summary>A note on about a third of the records.</summary>
    public string? Note() => random.Next(3) == 0 ? $"Dato sintético para pruebas de carga; no describe hechos reales. Tema: {Topic()}." : null;
}
