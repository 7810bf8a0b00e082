import FluentKit
import Foundation

/// A suggestion with everything its page shows, for an actor who may see it.
public struct SuggestionDetail: Sendable {
    public struct Signer: Sendable {
        public let userID: UUID
        public let name: String
        public let isAuthor: Bool
        public let state: SignerState
        public let respondBy: String?
        public let rating: Satisfaction?
        public let ratingComment: String
        /// The answer round `rating` is for (0 before any).
        public let ratedRound: Int
        /// The rating of the first answer, when 不满意 reopened the suggestion.
        public let firstRating: Satisfaction?
        public let firstRatingComment: String?
    }

    public struct Handler: Sendable {
        public let unitID: UUID
        public let unitName: String
        public let isLead: Bool
        public let part: String
        public let countersignedAt: Date?
    }

    /// A leader's instruction (批示), for the office, leaders and the handling units.
    public struct Instruction: Sendable {
        public let authorName: String
        public let text: String
        public let at: Date?
    }

    public let suggestion: Suggestion
    public let unitName: String
    public let signers: [Signer]
    public let handlers: [Handler]
    public let instructions: [Instruction]
    /// Its files (names and sizes).
    public let attachments: [AttachmentInfo]
    /// The meetings it is a topic of, the latest first.
    public let meetings: [Meeting]
    public let access: SuggestionAccess

    /// The suggestion, or `.notFound` for an actor who may not see it (not even that it exists).
    public static func load(_ id: UUID, for actor: Actor, on db: any Database) async throws -> SuggestionDetail {
        let (suggestion, access) = try await SuggestionAccess.readable(id, by: actor, on: db)
        let units = try await OrgUnit.names(on: db)
        let signerRows = try await SuggestionSigner.query(on: db).filter(\.$suggestion.$id == id).all()
        // Instructions are internal to the office and the units that handle it; the senders read the answer.
        let instructionRows =
            SuggestionPermissions.can(.readAll, actor: actor) || access.handlesIt
            ? try await SuggestionInstruction.query(on: db).filter(\.$suggestion.$id == id).sort(\.$createdAt).all()
            : []
        let people = signerRows.map(\.$user.id) + instructionRows.map(\.$author.id)
        let names = Dictionary(
            try await User.query(on: db).filter(\.$id ~~ people).all().map { ($0.id!, $0.displayName) }
        ) { first, _ in first }
        let meetingIDs = try await SuggestionTopic.query(on: db).filter(\.$suggestion.$id == id).all(\.$meeting.$id)
        return SuggestionDetail(
            suggestion: suggestion, unitName: units[suggestion.$unit.id] ?? "",
            signers: signerRows.map {
                Signer(
                    userID: $0.$user.id, name: names[$0.$user.id] ?? "", isAuthor: $0.isAuthor, state: $0.state,
                    respondBy: $0.respondBy, rating: $0.rating, ratingComment: $0.ratingComment,
                    ratedRound: $0.ratedRound, firstRating: $0.firstRating,
                    firstRatingComment: $0.firstRatingComment)
            }
            .sorted { ($0.isAuthor ? 0 : 1, $0.name) < ($1.isAuthor ? 0 : 1, $1.name) },
            handlers: try await SuggestionHandler.query(on: db).filter(\.$suggestion.$id == id).all()
                .map {
                    Handler(
                        unitID: $0.$unit.id, unitName: units[$0.$unit.id] ?? "", isLead: $0.isLead, part: $0.part,
                        countersignedAt: $0.countersignedAt)
                }
                .sorted { ($0.isLead ? 0 : 1, $0.unitName) < ($1.isLead ? 0 : 1, $1.unitName) },
            instructions: instructionRows.map {
                Instruction(authorName: names[$0.$author.id] ?? "", text: $0.text, at: $0.createdAt)
            },
            attachments: try await SuggestionAttachment.infos(of: id, on: db),
            meetings: try await Meeting.query(on: db).filter(\.$id ~~ meetingIDs).sort(\.$day, .descending).all(),
            access: access)
    }
}

extension Suggestion {
    /// Published suggestions with their answers, the latest published first (the public page).
    public static func published(page: PageRequest, on db: any Database) async throws -> Page<Suggestion> {
        let query = Suggestion.query(on: db).filter(\.$publishedAt != nil).filter(\.$publishConsent == true)
            .filter(\.$status ~~ [.answered, .closed])
        let total = try await query.count()
        let items = try await query.sort(\.$publishedAt, .descending).range(page.rows).all()
        return Page(items: items, total: total, request: page)
    }

    /// A published suggestion, or `.notFound` (also for one that is not published).
    public static func published(_ id: UUID, on db: any Database) async throws -> Suggestion {
        guard let suggestion = try await Suggestion.find(id, on: db), suggestion.isPublished else {
            throw DomainError.notFound("找不到这条公开的建言")
        }
        return suggestion
    }

    /// Each suggestion's lead handling unit, in one query (the public list, the figures, reminders).
    public static func leadUnits(of ids: [UUID], on db: any Database) async throws -> [UUID: UUID] {
        Dictionary(
            try await SuggestionHandler.query(on: db).filter(\.$suggestion.$id ~~ ids).filter(\.$isLead == true).all()
                .map { ($0.$suggestion.id, $0.$unit.id) }
        ) { first, _ in first }
    }
}

extension SuggestionTopic {
    /// The suggestions chosen as the meeting's topics that the actor may see: readable, or published.
    public static func topics(
        ofMeeting meetingID: UUID, for actor: Actor,
        on db: any Database
    ) async throws -> [(suggestion: Suggestion, readable: Bool)] {
        let ids = try await SuggestionTopic.query(on: db).filter(\.$meeting.$id == meetingID).all(\.$suggestion.$id)
        let suggestions = try await Suggestion.query(on: db).filter(\.$id ~~ ids).sort(\.$submittedAt).all()
        let readable = try await SuggestionAccess.readableAmong(suggestions, by: actor, on: db)
        return suggestions.filter { readable.contains($0.id!) || $0.isPublished }.map {
            ($0, readable.contains($0.id!))
        }
    }

    /// Suggestions the office may still add as the meeting's topics, the latest first (at most 300).
    public static func candidates(forMeeting meetingID: UUID, on db: any Database) async throws -> [Suggestion] {
        let chosen = try await SuggestionTopic.query(on: db).filter(\.$meeting.$id == meetingID).all(\.$suggestion.$id)
        return try await Suggestion.query(on: db).filter(\.$status ~~ Array(SuggestionStatus.acceptedOnward)).filter(
            \.$id !~ chosen
        )
        .sort(\.$submittedAt, .descending).limit(300).all()
    }
}
