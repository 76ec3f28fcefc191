import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { buttonClasses } from '../ui/Button.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <>
      <title>{intl.formatMessage({ id: 'notFound.documentTitle' })}</title>
      <EmptyState
        title={<FormattedMessage id="notFound.title" />}
        body={<FormattedMessage id="notFound.body" />}
        action={
          <Link to="/projects" className={buttonClasses('secondary')}>
            <FormattedMessage id="notFound.backToProjects" />
          </Link>
        }
      />
    </>
  );
}
