using OpenData.Api.Tests.Filtering;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary><see cref="AppointmentYearFilterTests"/> with the dataset in PostgreSQL (attestedYears is an integer array there).</summary>
public sealed class PostgresAppointmentYearFilterTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    private AppointmentYearFilterTests Tests => new(factory);

    [PostgresFact]
    public Task Who_headed_the_institute_in_2010() => Tests.Who_headed_the_institute_in_2010();

    [PostgresFact]
    public Task A_year_no_source_attests_gives_no_appointment() => Tests.A_year_no_source_attests_gives_no_appointment();

    [PostgresFact]
    public Task Every_appointment_attested_in_a_year_and_no_other() => Tests.Every_appointment_attested_in_a_year_and_no_other();
}
