namespace Concord.Questions;

/// <summary>One question Concord answers, the same way from the CLI (<c>concord NAME</c>) and the API (<c>/api/NAME</c>).</summary>
/// <remarks>
/// A question declares its parameters, reads them from their text with <see cref="QuestionArgs"/> (one check and one
/// wording for a refusal, whichever shell asked), runs its typed query and returns the answer as a
/// <see cref="ResultTable"/>, which both shells write with the same JSON and CSV writers. The shells only parse
/// and render; adding a question is one class here and one line in <see cref="Questions"/>.
/// </remarks>
public abstract class Question
{
    /// <summary>The command and endpoint name.</summary>
    public abstract string Name { get; }

    /// <summary>One line for help and the API listing.</summary>
    public abstract string Summary { get; }

    public abstract IReadOnlyList<ParameterSpec> Parameters { get; }

    public abstract ResultTable Ask(LoadedRecord record, QuestionArgs args);

    /// <summary>Whether answering reads <see cref="LoadedRecord.IdealPoints"/>, which a cold record fits first (seconds): the
    /// server then awaits <see cref="LoadedRecord.IdealPointsAsync"/> before asking, off its request threads.</summary>
    public virtual bool UsesIdealPoints(QuestionArgs args) => false;

    /// <summary>The file name (without extension) a CSV download of this answer gets.</summary>
    public virtual string FileName(QuestionArgs args) => Name;
}
