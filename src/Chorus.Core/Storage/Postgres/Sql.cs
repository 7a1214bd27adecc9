using Npgsql;
using NpgsqlTypes;

namespace Chorus.Core.Storage;

/// <summary>Commands with named parameters, and the reader conversions the PostgreSQL store's parts share.</summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            // A null is sent as text: a parameter PostgreSQL cannot type from where it stands would be refused.
            command.Parameters.Add(value is null ? new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(name, value));
        }

        return command;
    }

    public static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    public static int Int(NpgsqlDataReader reader, int column) => Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);

    public static long Long(NpgsqlDataReader reader, int column) => Convert.ToInt64(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture);
}
