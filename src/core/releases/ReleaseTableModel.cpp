#include "ReleaseTableModel.h"

namespace Stratum {

ReleaseTableModel::ReleaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReleaseTableModel::setLog(const ReleaseLog &log)
{
    beginResetModel();
    m_log = log;
    endResetModel();
}

int ReleaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_log.entries().size());
}

int ReleaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReleaseEntry &entry = m_log.entries().at(index.row());
    switch (role) {
    case ShaRole:
        return entry.sha;
    case KnownGoodRole:
        return entry.knownGood;
    case Qt::ToolTipRole:
        if (index.column() == Sha)
            return entry.sha;
        if (index.column() == KnownGood)
            return entry.knownGoodReason;
        if (index.column() == Result && !entry.failedStep.isEmpty())
            return tr("failed at: %1").arg(entry.failedStep);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sha: return entry.sha.left(12);
        case Time: return entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Host: return entry.host;
        case Method: return entry.method;
        case Result: return entry.result;
        case KnownGood: return entry.knownGood ? tr("known-good") : QString();
        case Who: return entry.who;
        case Note: return entry.note;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ReleaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sha: return tr("SHA");
    case Time: return tr("Time");
    case Host: return tr("Droplet");
    case Method: return tr("Method");
    case Result: return tr("Result");
    case KnownGood: return tr("Known-good");
    case Who: return tr("Who");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace Stratum
