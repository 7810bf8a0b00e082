import Domain
import Vapor

/// What an import request carries: pasted text (a form field or JSON) or one file.
enum ImportUpload {
    struct Form: Content {
        var text: String?
        var file: File?
    }

    static func read(_ req: Request) throws -> (bytes: [UInt8], filename: String?) {
        if req.headers.contentType == .json {
            return (Array(try req.content.decode(ImportTextBody.self).text.utf8), nil)
        }
        let form = try req.content.decode(Form.self)
        if let file = form.file, file.data.readableBytes > 0 {
            return (Array(buffer: file.data), file.filename)
        }
        return (Array((form.text ?? "").utf8), nil)
    }
}

extension ReportImport.Result: Content {}
