using System.Data;
using System.Text.RegularExpressions;
using Npgsql;

namespace Chorus.Core.Storage;

/// <summary>
/// A PostgreSQL <c>--db</c>: the URI form turned into Npgsql's keyword form, the password masked for messages, and
/// a connection opened without pooling (the store's writer lease is a lock of its session, so the session must end
/// when the store is disposed or its process dies, never linger in a pool).
/// </summary>
internal static partial class PostgresConnection
{
    /// <summary>How long a reconnect after a broken connection (a restarted server) keeps trying.</summary>
    private static readonly TimeSpan ReconnectFor = TimeSpan.FromSeconds(15);

    public static string Masked(string db)
    {
        var text = db.Trim();
        if (IsUri(text))
        {
            return UriPassword().Replace(text, "$1***@");
        }

        return KeywordPassword().Replace(text, "$1=***");
    }

    /// <summary>The Npgsql connection string for <paramref name="db"/>; a malformed one is a <see cref="StoreException"/> naming it.</summary>
    public static string ConnectionString(string db)
    {
        var text = db.Trim();
        try
        {
            var builder = IsUri(text) ? FromUri(text) : new NpgsqlConnectionStringBuilder(text);
            builder.Pooling = false;
            builder.ApplicationName ??= "chorus";
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException($"{Masked(db)}: not a PostgreSQL connection string Chorus can read ({e.Message.TrimEnd('.')})", e);
        }
    }

    public static NpgsqlConnection Open(string connectionString, string name)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            connection.Dispose();
            throw new StoreException($"{name}: cannot connect to PostgreSQL ({Reason(e)})", e);
        }
    }

    /// <summary>Opens a fresh connection after the old one broke, trying again while the server comes back up.</summary>
    public static NpgsqlConnection Reopen(string connectionString, string name)
    {
        var until = DateTime.UtcNow + ReconnectFor;
        while (true)
        {
            try
            {
                return Open(connectionString, name);
            }
            catch (StoreException) when (DateTime.UtcNow < until)
            {
                Thread.Sleep(250);
            }
        }
    }

    /// <summary>Whether <paramref name="e"/> left the connection unusable (the server went away), not a mistake in the statement.</summary>
    public static bool Broke(NpgsqlConnection connection, Exception e) =>
        e is NpgsqlException or IOException or InvalidOperationException or TimeoutException
        && (connection.FullState.HasFlag(ConnectionState.Broken) || connection.State == ConnectionState.Closed
            || e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" });

    public static string Reason(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is not PostgresException)
        {
            inner = inner.InnerException;
        }

        return (inner is PostgresException p ? p.MessageText : inner.Message).TrimEnd('.');
    }

    private static bool IsUri(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host.Trim('[', ']');
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        // Query parameters name Npgsql keywords or libpq's (sslmode=require, host=/run/postgresql).
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return builder;
    }

    [GeneratedRegex(@"^(postgres(?:ql)?://[^:/@]*:)[^@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"(?<=^|;)\s*(password|pwd)\s*=\s*[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
