import Domain
import Foundation
import Vapor

/// Every path of the application, each declared once. Links are built with ``string``;
/// routes are registered with ``components``, where a nil id becomes the `:id` parameter.
/// The API's paths are the pages' paths under `/api/v1` (``api(_:)``), so the two cannot
/// drift apart, and a link can never point at a route that does not exist.
enum Path: Sendable, Equatable {
    case home
    case signIn
    case signOut
    case stylesheet
    case script
    case favicon
    case health

    case units
    case newUnit
    case unit(UUID?)
    case editUnit(UUID?)
    case reorderUnit(UUID?)
    case deactivateUnit(UUID?)
    case activateUnit(UUID?)
    case unitWebhook(UUID?)

    case users
    case newUser
    case user(UUID?)
    case editUser(UUID?)
    case resetPassword(UUID?)
    case userTokens(UUID?)
    case revokeToken(UUID?)

    case ownPassword
    case displayScript

    case audit

    case plans
    case newPlan
    case plan(UUID?)
    case issuePlan(UUID?)
    case planAreas(UUID?)
    case moveArea(UUID?)
    case responsibility(UUID?, SpreadsheetFormat)
    /// The 责任分工方案 and a 督办单 as Word documents (GB/T 9704).
    case responsibilityWord(UUID?)
    case noticeWord(UUID?)
    case importTasks(UUID?)

    case tasks
    case overdueTasks
    case completion
    case newTask
    case task(UUID?)
    case editTask(UUID?)
    case taskStatus(UUID?)
    case moveTask(UUID?)
    case taskReports(UUID?)
    case taskInstructions(UUID?)
    /// 催报: the office reminds a unit to report.
    case remindTask(UUID?)
    case coUnitSignOff(UUID?)
    case attachment(UUID?)
    case acceptReport(UUID?)
    case returnReport(UUID?)

    case notices
    case newNotice
    case notice(UUID?)
    case answerNotice(UUID?)
    case closeNotice(UUID?)
    case returnNotice(UUID?)

    case inspections
    case newInspection
    case inspection(UUID?)
    case ledger
    case submitRectification(UUID?)
    case signOffRectification(UUID?)
    case returnRectification(UUID?)

    case inbox
    case openMessage(UUID?)
    case readAll
    /// What waits for the signed-in user (待办).
    case todo

    case meetings
    case newMeeting
    case meeting(UUID?)
    case editMeeting(UUID?)
    case deleteMeeting(UUID?)
    case meetingAttendance(UUID?)
    case meetingRelay(UUID?)
    case relays
    /// The month view of meetings, and the user's calendar subscription.
    case meetingCalendar
    case calendarFeed
    case revokeCalendarFeed
    /// A calendar subscription's secret address (no session).
    case calendarFeedFile(String?)
    case documents
    case newDocument
    case document(UUID?)
    case editDocument(UUID?)
    case deleteDocument(UUID?)
    case documentFile(UUID?)
    case deleteDocumentFile(UUID?)
    case imports
    case reportImport(UUID?)
    case confirmImport(UUID?)
    case importBatches
    case importBatch(UUID?)
    case suggestions
    case newSuggestion
    case suggestionFigures(SpreadsheetFormat?)
    case suggestion(UUID?)
    case suggestionMove(UUID?, String)
    /// Choosing suggestions as a meeting's topics, and taking one off.
    case meetingTopics(UUID?)
    case removeMeetingTopic(UUID?)
    /// The public page of published suggestions (no sign-in).
    case publicSuggestions
    case publicSuggestion(UUID?)
    case suggestionFile(UUID?)
    case deleteSuggestionFile(UUID?)

    /// The yearly assessment (考核): schemes, indicators, units' scorecards, appeals, ranking.
    case assessments
    case assessmentQueue
    case assessment(UUID?)
    case assessmentRanking(UUID?)
    case assessmentIndicators(UUID?)
    /// A draft's indicators replaced by an uploaded table (.xlsx or .csv).
    case importIndicators(UUID?)
    /// issue, close, publish, finalise.
    case assessmentMove(UUID?, String)
    case indicator(UUID?)
    case editIndicator(UUID?)
    case deleteIndicator(UUID?)
    case scorecard(UUID?)
    case cardAdjustments(UUID?)
    case adjustment(UUID?)
    case deleteAdjustment(UUID?)
    /// self, review, appeal.
    case entryMove(UUID?, String)
    case entryRows(UUID?)
    case answerAppeal(UUID?)
    /// An evidence file of a scorecard line, and removing it.
    case assessmentFile(UUID?)
    case deleteAssessmentFile(UUID?)

    /// Paths only the API has.
    case openAPI
    case readMessage(UUID?)
    case importBatchUploads
    case importBatchUpload(UUID?)
    case similarSuggestions

    /// A path under `/api/v1`: the JSON twin of the page at `path` (or an API-only path).
    indirect case api(Path)

    /// The two spreadsheet formats of exports and imports.
    enum SpreadsheetFormat: String, Sendable, Equatable {
        case xlsx, csv
    }

    /// The parameter name used for ids in route patterns.
    static let idParameter = "id"

    /// The path as components; ids become `:id` when nil.
    var components: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .literal(let text): .constant(text)
            case .id(nil): .parameter(Self.idParameter)
            case .id(let id?): .constant(id.uuidString.lowercased())
            case .secret(nil): .parameter("secret")
            case .secret(let secret?): .constant(secret)
            }
        }
    }

    /// The page of the record a message or a 待办 line is about (a task unless named otherwise).
    static func record(_ subject: Domain.Notification.Subject) -> Path {
        switch subject.type {
        case "notice": .notice(subject.id)
        case "inspection": .inspection(subject.id)
        case "meeting": .meeting(subject.id)
        case "suggestion": .suggestion(subject.id)
        case "assessment_card": .scorecard(subject.id)
        default: .task(subject.id)
        }
    }

    /// The path for links, e.g. `/units/3f…/edit`.
    var string: String {
        "/"
            + segments.map { segment in
                switch segment {
                case .literal(let text): text
                case .id(let id): id?.uuidString.lowercased() ?? ":\(Self.idParameter)"
                case .secret(let secret): secret ?? ":secret"
                }
            }.joined(separator: "/")
    }

    /// The path with a query string; no query items gives the bare path.
    func with(query items: [(String, String)]) -> String {
        guard !items.isEmpty else { return string }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return string + "?" + (components.percentEncodedQuery ?? "")
    }

    fileprivate enum Segment {
        case literal(String)
        case id(UUID?)
        /// A secret in the address (a calendar feed's); `:secret` when nil.
        case secret(String?)
    }

    fileprivate var segments: [Segment] {
        switch self {
        case .home: []
        case .signIn: [.literal("signin")]
        case .signOut: [.literal("signout")]
        case .stylesheet: [.literal("static"), .literal("app.css")]
        case .script: [.literal("static"), .literal("app.js")]
        case .favicon: [.literal("favicon.ico")]
        case .health: [.literal("healthz")]
        case .units: [.literal("units")]
        case .newUnit: [.literal("units"), .literal("new")]
        case .unit(let id): [.literal("units"), .id(id)]
        case .editUnit(let id): [.literal("units"), .id(id), .literal("edit")]
        case .reorderUnit(let id): [.literal("units"), .id(id), .literal("reorder")]
        case .deactivateUnit(let id): [.literal("units"), .id(id), .literal("deactivate")]
        case .activateUnit(let id): [.literal("units"), .id(id), .literal("activate")]
        case .unitWebhook(let id): [.literal("units"), .id(id), .literal("webhook")]
        case .users: [.literal("users")]
        case .newUser: [.literal("users"), .literal("new")]
        case .user(let id): [.literal("users"), .id(id)]
        case .editUser(let id): [.literal("users"), .id(id), .literal("edit")]
        case .resetPassword(let id): [.literal("users"), .id(id), .literal("password")]
        case .userTokens(let id): [.literal("users"), .id(id), .literal("tokens")]
        case .revokeToken(let id): [.literal("tokens"), .id(id), .literal("revoke")]
        case .ownPassword: [.literal("account"), .literal("password")]
        case .displayScript: [.literal("account"), .literal("display")]
        case .audit: [.literal("audit")]
        case .plans: [.literal("plans")]
        case .newPlan: [.literal("plans"), .literal("new")]
        case .plan(let id): [.literal("plans"), .id(id)]
        case .issuePlan(let id): [.literal("plans"), .id(id), .literal("issue")]
        case .planAreas(let id): [.literal("plans"), .id(id), .literal("areas")]
        case .moveArea(let id): [.literal("areas"), .id(id), .literal("move")]
        case .responsibility(let id, let format):
            [.literal("plans"), .id(id), .literal("responsibility.\(format.rawValue)")]
        case .responsibilityWord(let id): [.literal("plans"), .id(id), .literal("responsibility.docx")]
        case .noticeWord(let id): [.literal("notices"), .id(id), .literal("notice.docx")]
        case .importTasks(let id): [.literal("plans"), .id(id), .literal("import")]
        case .tasks: [.literal("tasks")]
        case .overdueTasks: [.literal("tasks"), .literal("overdue")]
        case .completion: [.literal("tasks"), .literal("completion")]
        case .newTask: [.literal("tasks"), .literal("new")]
        case .task(let id): [.literal("tasks"), .id(id)]
        case .editTask(let id): [.literal("tasks"), .id(id), .literal("edit")]
        case .taskStatus(let id): [.literal("tasks"), .id(id), .literal("status")]
        case .moveTask(let id): [.literal("tasks"), .id(id), .literal("move")]
        case .taskReports(let id): [.literal("tasks"), .id(id), .literal("reports")]
        case .taskInstructions(let id): [.literal("tasks"), .id(id), .literal("instructions")]
        case .remindTask(let id): [.literal("tasks"), .id(id), .literal("remind")]
        case .coUnitSignOff(let id): [.literal("tasks"), .id(id), .literal("cosignoff")]
        case .attachment(let id): [.literal("attachments"), .id(id)]
        case .acceptReport(let id): [.literal("reports"), .id(id), .literal("accept")]
        case .returnReport(let id): [.literal("reports"), .id(id), .literal("return")]
        case .notices: [.literal("notices")]
        case .newNotice: [.literal("notices"), .literal("new")]
        case .notice(let id): [.literal("notices"), .id(id)]
        case .answerNotice(let id): [.literal("notices"), .id(id), .literal("answer")]
        case .closeNotice(let id): [.literal("notices"), .id(id), .literal("close")]
        case .returnNotice(let id): [.literal("notices"), .id(id), .literal("return")]
        case .inspections: [.literal("inspections")]
        case .newInspection: [.literal("inspections"), .literal("new")]
        case .inspection(let id): [.literal("inspections"), .id(id)]
        case .ledger: [.literal("rectification")]
        case .submitRectification(let id): [.literal("rectification"), .id(id), .literal("submit")]
        case .signOffRectification(let id): [.literal("rectification"), .id(id), .literal("signoff")]
        case .returnRectification(let id): [.literal("rectification"), .id(id), .literal("return")]
        case .inbox: [.literal("inbox")]
        case .openMessage(let id): [.literal("inbox"), .id(id), .literal("open")]
        case .readAll: [.literal("inbox"), .literal("read-all")]
        case .todo: [.literal("todo")]
        case .meetings: [.literal("meetings")]
        case .newMeeting: [.literal("meetings"), .literal("new")]
        case .meeting(let id): [.literal("meetings"), .id(id)]
        case .editMeeting(let id): [.literal("meetings"), .id(id), .literal("edit")]
        case .deleteMeeting(let id): [.literal("meetings"), .id(id), .literal("delete")]
        case .meetingAttendance(let id): [.literal("meetings"), .id(id), .literal("attendance")]
        case .meetingRelay(let id): [.literal("meetings"), .id(id), .literal("relay")]
        case .relays: [.literal("relays")]
        case .meetingCalendar: [.literal("meetings"), .literal("calendar")]
        case .calendarFeed: [.literal("meetings"), .literal("calendar"), .literal("feed")]
        case .revokeCalendarFeed: [.literal("meetings"), .literal("calendar"), .literal("feed"), .literal("revoke")]
        case .calendarFeedFile(let secret): [.literal("calendar"), .secret(secret.map { $0 + ".ics" })]
        case .documents: [.literal("documents")]
        case .newDocument: [.literal("documents"), .literal("new")]
        case .document(let id): [.literal("documents"), .id(id)]
        case .editDocument(let id): [.literal("documents"), .id(id), .literal("edit")]
        case .deleteDocument(let id): [.literal("documents"), .id(id), .literal("delete")]
        case .documentFile(let id): [.literal("document-files"), .id(id)]
        case .deleteDocumentFile(let id): [.literal("document-files"), .id(id), .literal("delete")]
        case .imports: [.literal("imports")]
        case .reportImport(let id): [.literal("imports"), .id(id)]
        case .confirmImport(let id): [.literal("imports"), .id(id), .literal("confirm")]
        case .importBatches: [.literal("imports"), .literal("batches")]
        case .importBatch(let id): [.literal("imports"), .literal("batches"), .id(id)]
        case .suggestions: [.literal("suggestions")]
        case .newSuggestion: [.literal("suggestions"), .literal("new")]
        case .suggestionFigures(let format):
            [.literal("suggestions"), .literal(format.map { "figures.\($0.rawValue)" } ?? "figures")]
        case .suggestion(let id): [.literal("suggestions"), .id(id)]
        case .suggestionMove(let id, let move): [.literal("suggestions"), .id(id), .literal(move)]
        case .meetingTopics(let id): [.literal("meetings"), .id(id), .literal("topics")]
        case .removeMeetingTopic(let id): [.literal("meetings"), .id(id), .literal("topics"), .literal("remove")]
        case .publicSuggestions: [.literal("public"), .literal("suggestions")]
        case .publicSuggestion(let id): [.literal("public"), .literal("suggestions"), .id(id)]
        case .suggestionFile(let id): [.literal("suggestion-files"), .id(id)]
        case .deleteSuggestionFile(let id): [.literal("suggestion-files"), .id(id), .literal("delete")]
        case .assessments: [.literal("assessments")]
        case .assessmentQueue: [.literal("assessments"), .literal("queue")]
        case .assessment(let id): [.literal("assessments"), .id(id)]
        case .assessmentRanking(let id): [.literal("assessments"), .id(id), .literal("ranking")]
        case .assessmentIndicators(let id): [.literal("assessments"), .id(id), .literal("indicators")]
        case .importIndicators(let id): [.literal("assessments"), .id(id), .literal("import")]
        case .assessmentMove(let id, let move): [.literal("assessments"), .id(id), .literal(move)]
        case .indicator(let id): [.literal("assessments"), .literal("indicators"), .id(id)]
        case .editIndicator(let id): [.literal("assessments"), .literal("indicators"), .id(id), .literal("edit")]
        case .deleteIndicator(let id): [.literal("assessments"), .literal("indicators"), .id(id), .literal("delete")]
        case .scorecard(let id): [.literal("assessments"), .literal("cards"), .id(id)]
        case .cardAdjustments(let id): [.literal("assessments"), .literal("cards"), .id(id), .literal("adjustments")]
        case .adjustment(let id): [.literal("assessments"), .literal("adjustments"), .id(id)]
        case .deleteAdjustment(let id): [.literal("assessments"), .literal("adjustments"), .id(id), .literal("delete")]
        case .entryMove(let id, let move): [.literal("assessments"), .literal("entries"), .id(id), .literal(move)]
        case .entryRows(let id): [.literal("assessments"), .literal("entries"), .id(id), .literal("rows")]
        case .answerAppeal(let id): [.literal("assessments"), .literal("appeals"), .id(id), .literal("answer")]
        case .assessmentFile(let id): [.literal("assessments"), .literal("files"), .id(id)]
        case .deleteAssessmentFile(let id): [.literal("assessments"), .literal("files"), .id(id), .literal("delete")]
        case .openAPI: [.literal("openapi.json")]
        case .readMessage(let id): [.literal("inbox"), .id(id), .literal("read")]
        case .importBatchUploads: [.literal("import-batches")]
        case .importBatchUpload(let id): [.literal("import-batches"), .id(id)]
        case .similarSuggestions: [.literal("suggestions"), .literal("similar")]
        case .api(let path): [.literal("api"), .literal("v1")] + path.segments
        }
    }
}
