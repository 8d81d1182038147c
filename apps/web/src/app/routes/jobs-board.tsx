import { JobBoardPage } from '../../features/jobs/components/job-board-page';

export function JobsBoardRoute() {
  return <JobBoardPage />;
}
