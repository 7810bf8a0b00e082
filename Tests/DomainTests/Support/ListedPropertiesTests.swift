import Domain
import FluentKit
import Foundation
import Testing

/// Every model lists its stored properties by hand so that FluentKit skips reflection on each
/// query (a third of an import's CPU). A property missing from a list would silently never be
/// written or read, so each list is checked against what reflection finds.
@Suite struct ListedPropertiesTests {
    static let models: [any Model.Type] = [
        AuditEntry.self, UnitWebhook.self, WebhookDelivery.self, SentReminder.self, InboxMessage.self,
        StoredSession.self,
        LoginAttempt.self, User.self, ApiToken.self, CalendarFeed.self, OrgUnit.self, MeetingInvitation.self,
        Meeting.self,
        MeetingParticipant.self,
        OfficialDocument.self, DocumentAttachment.self, ReportImport.self, ImportBatch.self, Plan.self, PlanArea.self,
        TaskCoUnit.self, TaskMilestone.self, TaskEvent.self, Suggestion.self, SuggestionSigner.self,
        SuggestionHandler.self,
        SuggestionInstruction.self, SuggestionTopic.self, SuggestionAttachment.self,
        ReportAttachment.self, ProgressReport.self, WorkTask.self, Inspection.self, RectificationItem.self,
        SupervisionNotice.self, AssessmentScheme.self, AssessmentIndicator.self, AssessmentCard.self,
        AssessmentEntry.self, AssessmentAdjustment.self, AssessmentAppeal.self, AssessmentAttachment.self,
    ]

    @Test(arguments: models.map { ModelType($0) })
    func listMatchesReflection(model: ModelType) {
        let instance = model.type.init()
        let reflected = Mirror(reflecting: instance).children.compactMap { $0.value as? any AnyProperty }
        #expect(
            instance.properties.map(Self.identity) == reflected.map(Self.identity),
            "\(model): the listed properties differ from the declared ones")
    }

    /// A new model must join the list above (and list its properties).
    @Test func everyModelIsChecked() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../Sources/Domain")
        var declared: Set<String> = []
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /final class (\w+): Model,/) { declared.insert(String(match.1)) }
        }
        #expect(!declared.isEmpty)
        #expect(declared == Set(Self.models.map { String(describing: $0) }))
    }

    private static func identity(_ property: any AnyProperty) -> ObjectIdentifier {
        ObjectIdentifier(property as AnyObject)
    }
}

/// A model type as a test argument.
struct ModelType: CustomTestStringConvertible, Sendable {
    let type: any Model.Type
    init(_ type: any Model.Type) { self.type = type }
    var testDescription: String { String(describing: type) }
}
