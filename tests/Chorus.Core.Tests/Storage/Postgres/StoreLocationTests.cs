using Chorus.Core.Storage;
using Xunit;

namespace Chorus.Core.Tests.Storage.Postgres;

/// <summary>What <c>--db</c> names, how a PostgreSQL one is shown, and search queries rewritten for PostgreSQL (no server needed).</summary>
public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("chorus.db", false)]
    [InlineData("/var/news/store.db", false)]
    [InlineData("a=b.db", false)]
    [InlineData("postgres://chorus:pw@db.example:5432/news", true)]
    [InlineData("postgresql://db.example/news", true)]
    [InlineData("Host=db.example;Database=news;Username=chorus", true)]
    [InlineData("Database=news; host = localhost", true)]
    public void ServerStoresAreToldFromFiles(string db, bool server) => Assert.Equal(server, StoreLocation.IsServer(db));

    [Theory]
    [InlineData("postgres://chorus:s3cr%40t@db.example:5432/news", "postgres://chorus:***@db.example:5432/news")]
    [InlineData("postgres://chorus@db.example/news", "postgres://chorus@db.example/news")]
    [InlineData("Host=db.example;Password=s3cret;Database=news", "Host=db.example;Password=***;Database=news")]
    [InlineData("Host=db.example;PWD=s3cret", "Host=db.example;PWD=***")]
    public void PasswordsAreMasked(string db, string shown) => Assert.Equal(shown, StoreLocation.Describe(db));

    [Fact]
    public void AUriBecomesNpgsqlKeywords()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.ConnectionString("postgres://chorus:s3cr%40t@db.example:6543/news?sslmode=disable"));
        Assert.Equal(("db.example", 6543, "chorus", "s3cr@t", "news", false), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.Pooling));
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
        Assert.Throws<StoreException>(() => PostgresConnection.ConnectionString("Host=db.example;Frobnicate=1"));
    }

    [Theory]
    [InlineData("spillway", "('spillway')")]
    [InlineData("\"girder crack\"", "(('girder' <-> 'crack'))")]
    [InlineData("evacuat*", "('evacuat':*)")]
    [InlineData("ferries OR tickets", "(('ferries' | 'tickets'))")]
    [InlineData("Calvera -mayor", "('Calvera') & !'mayor'")]
    [InlineData("dam's \"gate\" & | ! 'x", "(('dam' <-> 's') & 'gate' & 'x')")]
    public void SearchQueriesBecomeTsqueries(string typed, string tsquery)
    {
        Assert.True(SearchQuery.TryParse(typed, out var query, out var error), error);
        Assert.Equal(tsquery, PostgresTextQuery.From(query.FtsMatch));
    }
}
