using System.Data.Common;
using System.Globalization;
using Chorus.Core.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chorus.Core.Tests.Support;

/// <summary>Reads a store's tables directly, PostgreSQL or SQLite, as the first column of each row in text.</summary>
public static class StoreRows
{
    public static List<string> Query(string db, string sql)
    {
        using DbConnection connection = StoreLocation.IsServer(db)
            ? new NpgsqlConnection(PostgresConnection.ConnectionString(db))
            : new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
