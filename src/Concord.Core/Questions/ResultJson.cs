using System.Text;
using System.Text.Json;

namespace Concord.Questions;

/// <summary>The one JSON form of an answer, for <c>--format json</c> and the API alike: the title, the facts as
/// top-level keys, the notes, and the rows as objects keyed by the CSV column names.</summary>
public static class ResultJson
{
    public static string Write(ResultTable result, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(result, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(ResultTable result, Stream stream, bool indented = true)
    {
        // The default encoder escapes < > & ' in every string, so that text echoed from a request never reads as markup.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
        json.WriteStartObject();
        json.WriteString("title", result.Title);
        foreach (var (k, v) in result.Facts)
        {
            json.WritePropertyName(k);
            WriteValue(json, v);
        }

        json.WriteStartArray("notes");
        foreach (var n in result.Notes)
        {
            json.WriteStringValue(n);
        }

        json.WriteEndArray();
        json.WriteStartArray("columns");
        foreach (var c in result.Columns)
        {
            json.WriteStringValue(c);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                json.WritePropertyName(result.Columns[i]);
                WriteValue(json, row[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? v)
    {
        switch (v)
        {
            case null or NotKnown:
                json.WriteNullValue();
                break;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                json.WriteNullValue();
                break;
            case double d:
                json.WriteNumberValue(Math.Round(d, 6));
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case short s:
                json.WriteNumberValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var s in list)
                {
                    json.WriteStringValue(s);
                }

                json.WriteEndArray();
                break;
            case IEnumerable<KeyValuePair<string, object?>> obj:
                json.WriteStartObject();
                foreach (var (k, x) in obj)
                {
                    json.WritePropertyName(k);
                    WriteValue(json, x);
                }

                json.WriteEndObject();
                break;
            default:
                json.WriteStringValue(CellText.Format(v));
                break;
        }
    }
}
