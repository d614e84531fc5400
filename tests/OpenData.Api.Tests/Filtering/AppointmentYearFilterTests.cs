using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Filtering;

/// <summary>
/// Appointments filter by the years sources attest (a list of scalars): "who headed the institute in 2010" is one
/// query. <see cref="Postgres.PostgresAppointmentYearFilterTests"/> asks the same on PostgreSQL.
/// </summary>
public sealed class AppointmentYearFilterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query($year: Int!) {
          appointments(where: { attestedYears: { some: { eq: $year } }, institutionId: { eq: "iem-durango" } }, order: [{ role: ASC }]) {
            nodes { role organisation attestedYears person { name } }
          }
        }
        """;

    private readonly GraphQLClient client = new(factory.CreateClient());

    [Fact]
    public async Task Who_headed_the_institute_in_2010()
    {
        var data = await client.DataAsync(Query, new { year = 2010 });

        var nodes = data.GetProperty("appointments").GetProperty("nodes").EnumerateArray().ToList();
        var head = Assert.Single(nodes);
        Assert.Equal("Directora", head.GetProperty("role").GetString());
        Assert.Equal("Ayddé Marycarmen González Alvarado", head.GetProperty("person").GetProperty("name").GetString());
        Assert.Contains(2010, head.GetProperty("attestedYears").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public async Task A_year_no_source_attests_gives_no_appointment()
    {
        var data = await client.DataAsync(Query, new { year = 1999 });

        Assert.Equal(0, data.GetProperty("appointments").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Every_appointment_attested_in_a_year_and_no_other()
    {
        var all = await client.DataAsync("{ appointments(first: 100) { nodes { slug attestedYears } } }");
        var filtered = await client.DataAsync("{ appointments(first: 100, where: { attestedYears: { some: { eq: 2023 } } }) { nodes { slug } } }");

        var expected = all.GetProperty("appointments").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("attestedYears").EnumerateArray().Any(y => y.GetInt32() == 2023))
            .Select(n => n.GetProperty("slug").GetString()).ToList();
        var actual = filtered.GetProperty("appointments").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()).ToList();
        Assert.True(expected.Count > 1);
        Assert.Equal(expected, actual);
    }
}
