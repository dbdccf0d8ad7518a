using System.Globalization;
using Ecommerce.BuildingBlocks.Messaging.Inbox;

namespace Ecommerce.BuildingBlocks.Messaging.Admin;

/// <summary>A dead letter as the admin API lists it; <c>error</c> is the first line of what was thrown (its stack stays in the database).</summary>
internal sealed record DeadLetterResponse(
    string Id, string Module, string Consumer, Guid MessageId, string MessageType, string Error, DateTime FailedAt, int Attempts)
{
    public static DeadLetterResponse From(string module, DeadLetter letter) => new(
        $"{module}:{letter.Id.ToString(CultureInfo.InvariantCulture)}",
        module,
        letter.Consumer,
        letter.MessageId,
        letter.Type,
        letter.Error.Split('\n', 2)[0].TrimEnd('\r'),
        DateTime.SpecifyKind(letter.FailedAt, DateTimeKind.Utc),
        letter.Attempts);
}
