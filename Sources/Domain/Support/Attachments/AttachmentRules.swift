import Foundation

/// A file as uploaded, before it is checked.
public struct AttachmentUpload: Sendable {
    public let filename: String
    public let bytes: Data

    public init(filename: String, bytes: Data) {
        self.filename = filename
        self.bytes = bytes
    }
}

/// What a list shows of an attachment (never its bytes).
public struct AttachmentInfo: Sendable, Equatable {
    public let id: UUID
    public let filename: String
    public let size: Int

    public init(id: UUID, filename: String, size: Int) {
        self.id = id
        self.filename = filename
        self.size = size
    }
}

/// The limits and checks of attachments.
public enum AttachmentRules {
    public static let maxFiles = 5
    public static let maxFileSize = 5 * 1024 * 1024
    /// The kinds of files offices exchange; others (programs, scripts) are refused.
    public static let allowedExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et",
        "txt", "csv", "jpg", "jpeg", "png", "gif", "zip", "rar", "ofd",
    ]

    /// The file name without any path, trimmed to 100 characters (keeping the extension).
    public static func cleanName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let trimmed = base.trimmingCharacters(in: .whitespacesAndNewlines).filter { !$0.isNewline && $0 != "\"" }
        guard trimmed.count > 100 else { return trimmed }
        let ext = (trimmed as NSString).pathExtension
        // An extension this long is not one we accept anyway; keep the name's start.
        guard ext.count <= 10 else { return String(trimmed.prefix(100)) }
        return String(trimmed.prefix(100 - ext.count - 1)) + "." + ext
    }

    /// The files cleaned and checked; `owner` names what they are attached to in the message
    /// about too many files (“每份报告”).
    static func check(
        _ uploads: [AttachmentUpload], alreadyAttached: Int, maxFiles: Int = maxFiles,
        owner: String = "每份报告"
    ) throws -> [AttachmentUpload] {
        let files = uploads.filter { !$0.bytes.isEmpty || !$0.filename.isEmpty }
        var problems: [FieldError] = []
        if files.count + alreadyAttached > maxFiles { problems.append(FieldError("files", "\(owner)最多\(maxFiles)个附件")) }
        var cleaned: [AttachmentUpload] = []
        for file in files {
            let name = cleanName(file.filename)
            let ext = (name as NSString).pathExtension.lowercased()
            if name.isEmpty || !allowedExtensions.contains(ext) {
                problems.append(FieldError("files", "“\(name)”不是可接受的附件类型（PDF、Word、Excel、WPS、图片、压缩包等）"))
            } else if file.bytes.isEmpty {
                problems.append(FieldError("files", "“\(name)”是空文件"))
            } else if file.bytes.count > maxFileSize {
                problems.append(FieldError("files", "“\(name)”超过 5 MB"))
            } else {
                cleaned.append(AttachmentUpload(filename: name, bytes: file.bytes))
            }
        }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return cleaned
    }
}
