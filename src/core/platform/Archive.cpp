#include "Archive.h"

#include <QSet>

#include <zlib.h>

#include <cstring>

namespace Stratum {

namespace {

constexpr int block = 512;

void writeOctal(char *field, int width, qint64 value)
{
    // width - 1 digits and a NUL, as ustar wants.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<size_t>(width - 1));
    field[width - 1] = '\0';
}

QByteArray header(const QByteArray &name, qint64 size, qint64 modified, char type, bool executable = false)
{
    QByteArray bytes(block, '\0');
    char *h = bytes.data();
    std::memcpy(h, name.constData(), static_cast<size_t>(std::min<qsizetype>(name.size(), 100)));
    writeOctal(h + 100, 8, type == '5' || executable ? 0755 : 0600);
    writeOctal(h + 108, 8, 0);
    writeOctal(h + 116, 8, 0);
    writeOctal(h + 124, 12, size);
    writeOctal(h + 136, 12, modified);
    h[156] = type;
    std::memcpy(h + 257, "ustar", 6);
    std::memcpy(h + 263, "00", 2);
    std::memcpy(h + 265, "stratum", 7);
    std::memcpy(h + 297, "stratum", 7);
    std::memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < block; ++i)
        sum += static_cast<unsigned char>(h[i]);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h + 148, checksum.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return bytes;
}

QByteArray padded(const QByteArray &content)
{
    const qsizetype rest = content.size() % block;
    return rest == 0 ? content : content + QByteArray(block - rest, '\0');
}

} // namespace

QByteArray tarArchive(const QList<ArchiveFile> &files, const QDateTime &modified)
{
    const qint64 mtime = modified.toSecsSinceEpoch();
    QByteArray archive;
    QSet<QString> folders;
    for (const ArchiveFile &file : files) {
        // Each folder on the way gets its own entry first, as tar itself writes them.
        const QStringList parts = file.path.split(QLatin1Char('/'));
        QString folder;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            folder += parts.at(i) + QLatin1Char('/');
            if (!folders.contains(folder)) {
                folders.insert(folder);
                archive += header(folder.toUtf8(), 0, mtime, '5');
            }
        }
        archive += header(file.path.toUtf8(), file.content.size(), mtime, '0', file.executable);
        archive += padded(file.content);
    }
    archive += QByteArray(2 * block, '\0');
    return archive;
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

QByteArray gzipDecompress(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

} // namespace Stratum
