#pragma once

#include "core/releases/ReleaseLog.h"

#include <QAbstractTableModel>

namespace Stratum {

// The release log as a table: newest first, known-good rows marked.
class ReleaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sha, Time, Host, Method, Result, KnownGood, Who, Note, ColumnCount };
    enum Role { ShaRole = Qt::UserRole + 1, KnownGoodRole };

    explicit ReleaseTableModel(QObject *parent = nullptr);

    void setLog(const ReleaseLog &log);
    const ReleaseLog &log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReleaseLog m_log;
};

} // namespace Stratum
