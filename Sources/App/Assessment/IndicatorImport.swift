import Domain
import Fluent
import Vapor

/// Importing a draft scheme's indicators from a table (the scheme's Excel export is the
/// template): from the scheme page's form, and through the API with the same multipart body.
struct IndicatorImport {
    /// Largest file accepted, in bytes.
    static let maxFileSize = 900 * 1024

    struct Upload: Content {
        var file: File?
    }

    func register(_ routes: any RoutesBuilder) {
        let limit = Self.maxFileSize + 64 * 1024  // the file and the multipart around it
        routes.upload(.importIndicators(nil), maxSize: limit) { req in
            let id = try req.idParameter()
            return try await req.runForm(back: { .assessment(id) }) {
                let count = try await Self.run(req, id)
                return (.assessment(id), "已导入\(count)项指标")
            }
        }
        routes.upload(.api(.importIndicators(nil)), maxSize: limit) { req -> SchemePage in
            let id = try req.idParameter()
            _ = try await Self.run(req, id)
            return try await SchemePage.load(id, req: req)
        }
    }

    /// Reads the uploaded table and replaces the draft's indicators; the number imported.
    static func run(_ req: Request, _ schemeID: UUID) async throws -> Int {
        try AssessmentPermissions.require(.manage, actor: req.actor())
        guard let file = try req.content.decode(Upload.self).file, file.data.readableBytes > 0 else {
            throw DomainError.invalid("file", "请选择要导入的 .xlsx 或 .csv 文件")
        }
        guard file.data.readableBytes <= maxFileSize else { throw DomainError.invalid("file", "文件太大，请不要超过 900 KB") }
        let rows: [[String]]
        do {
            rows = try SpreadsheetReader.rows(Array(buffer: file.data))
        } catch let failure as SpreadsheetReader.Failure {
            throw DomainError.invalid("file", failure.description)
        }
        let units = try await OrgUnit.query(on: req.db).filter(\.$isActive == true).all().map { ($0.id!, $0.name) }
        return try await SchemeCommands(clock: req.tongxin.clock).importIndicators(
            IndicatorTable.parse(rows, units: units), into: schemeID, by: req.actor(), on: req.db)
    }
}
